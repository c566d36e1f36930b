def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '14', 'lab14', 'separately', /oversold in [1-9]\d* of \d+ rounds, worst round [\d,]+ portions? too many \(round \d+, \d of the 8 dishes\): never more than 1 too many of one dish and the books right, so each step was safe alone; but between a cook's look at the shelf and its take the other cook took the last portion/)
true
