def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '11', 'lab11', 'polite', /round 1 livelocked: no dish was cooked for \d+\.\d s while the pan changed hands [\d,]+ times and the kitchen burnt \d+\.\d s of CPU, so the kit stopped the kitchen and ran no later round; Cook [AB] was runnable at org\.example\.kitchen\.lab11\.PoliteCooks\.cook\(PoliteCooks\.java:\d+\)/)
true
