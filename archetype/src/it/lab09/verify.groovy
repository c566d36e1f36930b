def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
oneLab(basedir, '09', 'lab09', 'volatilecount', /lost updates in \d+ of \d+ rounds, .*your counter DishCounter\.served is volatile/)
true
