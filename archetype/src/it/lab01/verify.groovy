def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '01', 'lab01', 'parentpid', /PID \d+ is your kitchen's parent/)
true
