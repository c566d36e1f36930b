def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '05', 'lab05', 'seconds', /about a thousand times too small/)
true
