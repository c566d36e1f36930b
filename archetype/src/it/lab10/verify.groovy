def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '10', 'lab10', 'opposite', /round \d+ hung in a deadlock: Cook A holds the knife and waits for the board at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookA\(KnifeAndBoard\.java:\d+\), held by Cook B, who waits for the knife at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookB\(KnifeAndBoard\.java:\d+\)/)
true
