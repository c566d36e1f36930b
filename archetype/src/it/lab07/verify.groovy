def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '07', 'lab07', 'copiedpantry', /the threads copied the pantry/)
true
