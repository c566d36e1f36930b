// kitchen:help is generated from the mojos' Javadoc: check is described, with every property a student may set, and
// every other goal is listed.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('kitchen:check') && log.contains('Checks the labs of a student\'s project')
['lab', 'kitchen.tick', 'kitchen.timeout', 'kitchen.reruns', 'kitchen.skip'].each { property ->
    assert log.contains("User property: $property") : "kitchen:help does not show $property"
}
assert log.contains('tick (Default: 1s)') : 'the default tick is not shown'
// The figures of a verdict line are explained once, here as in the student's README (help wraps its lines).
String flowing = log.replaceAll(/\s+/, ' ')
['every thread of the kitchen as ps -T counts them', 'the most cook processes side by side',
 'INCONCLUSIVE twice, PASS on the third run'].each { words ->
    assert flowing.contains(words) : "kitchen:help does not explain: $words"
}
assert log.contains('BUILD SUCCESS')

assert log.count('[INFO] Building help ') == 1 : 'expected one Maven run'
assert log.contains('kitchen:hint') && log.contains('Gives the next hint of a lab') : 'help does not list hint'
assert log.contains('kitchen:reset') && log.contains('Puts a lab\'s skeleton back') : 'help does not list reset'
assert log.contains('kitchen:run') && log.contains('Runs one lab\'s main by hand') : 'help does not list run'
assert log.contains('User property: kitchen.showSolution') : 'help does not show the solution switch'
true
