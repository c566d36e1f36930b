def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '04', 'lab04', 'taketurns', /ceil\(4 \/ 2\) = 2; you predicted 4/)
true
