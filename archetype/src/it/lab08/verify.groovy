def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '08', 'lab08', 'escapes', /your kitchen let CookFailedException escape/)
true
