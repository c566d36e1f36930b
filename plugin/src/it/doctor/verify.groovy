// kitchen:doctor names the JDK, the OS, the CPUs, the container's limits and Maven, then what they mean for the labs,
// each fact as this very JVM sees it; it runs no lab.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen doctor · this machine, and what it means for the labs')
assert log.contains("JDK     ${System.getProperty('java.version')}") : 'the JDK is not named'
assert log.contains("OS      ${System.getProperty('os.name')}") : 'the OS is not named'
assert log =~ /Maven   3\.\d+\.\d+/ : 'the Maven version is not named'
assert log.contains("CPUs    ${Runtime.runtime.availableProcessors()} for a JVM · container CPU limit: ")
assert log.contains('container memory limit: ')
assert log.contains('What it means:')
def tooNew = LabCatalogue.all().findAll { it.minimumJdk() > Runtime.version().feature() }
if (tooNew.isEmpty()) {
    assert log.contains("JDK ${Runtime.version().feature()}: every lab can run here")
} else {
    tooNew.each { lab -> assert log.contains("lab ${lab.label()} needs ${lab.minimumJdk()}+, it will be SKIPPED") }
}
assert log.contains("lab 02's new ProcessPool()") || log.contains('1 CPU: lab 02 expects 4 ticks, not 2')
assert log.contains('tick: timing is judged from a tick of ')
assert !log.contains('Kitchen check ·') : 'the doctor ran the labs'
assert log.contains('BUILD SUCCESS')
