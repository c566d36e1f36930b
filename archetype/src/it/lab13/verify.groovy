def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '13', 'lab13', 'plain', /round \d+: Cook A never saw the stop flag: \d+\.\d s after it was set it was still spinning at org\.example\.kitchen\.lab13\.ClosingTime\.cook\(ClosingTime\.java:\d+\); `ClosingTime\.stop` is not volatile, so the JIT may read it once and keep the value in a register; the kit stopped the kitchen and ran no later round/)
true
