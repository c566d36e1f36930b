// Each bad value is named with its property, the accepted forms are shown, and no lab was looked for.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("-Dkitchen.tick=soon: 'soon' is not a duration: write it as 500ms, 1s or 1.5s; e.g. mvn kitchen:check -Dkitchen.tick=1s")
assert log.contains("-Dkitchen.timeout=forever: 'forever' is not a duration: write it as 500ms, 1s or 1.5s")
assert !log.contains('Kitchen check ·') : 'the check started with a bad duration'
assert log.count('BUILD FAILURE') == 2
