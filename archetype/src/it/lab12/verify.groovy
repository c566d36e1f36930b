def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '12', 'lab12', 'greedy', /a cook starved in \d+ of \d+ shifts, cooking less than a quarter of an equal share: in shift \d+ Cook \d cooked [\d,]+ dishes while Greedy cook cooked [\d,]+/)
true
