def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '06', 'lab06', 'threadasprocess', /runProcess started a thread, not a process/)
true
