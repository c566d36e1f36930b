// kitchen:help is generated from the mojo's Javadoc: check is described, with every property a student may set.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('kitchen:check') && log.contains('Checks the labs of a student\'s project')
['lab', 'kitchen.tick', 'kitchen.timeout', 'kitchen.skip'].each { property ->
    assert log.contains("User property: $property") : "kitchen:help does not show $property"
}
assert log.contains('tick (Default: 1s)') : 'the default tick is not shown'
assert log.contains('BUILD SUCCESS')
