// Untouched, every lab of the catalogue is reported as not started in the generated project, naming its first step,
// and the check fails the build the way a failing lab does: no crash, no ERROR verdict, no broken kit. Each lab's
// JUnit test fails too, with the message kitchen:check printed.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

def runnable = LabCatalogue.all().findAll { it.minimumJdk() <= Runtime.version().feature() }
runnable.each { lab ->
    def line = log.readLines().find { it.contains("✘ ${lab.label()} ") }
    assert line != null : "kitchen:check printed no failing line for lab ${lab.label()}"
    def verdict = line =~ /FAIL: (lab not started: .*)$/
    assert verdict.find() : "kitchen:check did not report lab ${lab.label()} as not started: $line"

    String test = "${lab.packageSegment()}.${lab.mainClass()}Test"
    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab ${lab.label()} did not run: no $report.name"
    def failure = new groovy.xml.XmlSlurper().parse(report).testcase.failure
    assert failure.size() == 1 : "the JUnit test of lab ${lab.label()} did not fail"
    String message = failure.@message.text()
    assert message.startsWith("lab ${lab.label()}: FAIL: " + verdict.group(1)) : "the JUnit test of lab ${lab.label()} says \"$message\", kitchen:check said \"${verdict.group(1)}\""
}
assert !log.contains('not in this project') : 'a skeleton of the generated project was not found by the kit'
assert !(log =~ /(CRASH|ERROR|TIMEOUT): /) : 'an untouched lab crashed or broke the kit'
assert log.contains("[ERROR] 0 of ${runnable.size()} labs done") : 'the summary line is missing'
assert log.contains("${runnable.size()} lab(s) failed: " + runnable.collect { "${it.label()} (FAIL)" }.join(', ')) : 'the build failure does not name every lab'
assert !log.contains('MojoExecutionException') : 'the kit reported itself broken'

// kitchen:reset writes the plugin's copy of each skeleton with the project's package filled in: it must be, byte for
// byte, what archetype:generate wrote, or a reset would change an untouched lab.
def kit = dev.kitchenlab.engine.sources.KitFiles.onClasspath(this.class.classLoader)
LabCatalogue.all().each { lab ->
    def skeleton = kit.skeleton(lab)
    assert skeleton.isPresent() : "the plugin carries no skeleton of lab ${lab.label()}"
    File generated = new File(basedir, "my-kitchen/src/main/${skeleton.get().folder()}/org/example/kitchen/${lab.packageSegment()}/${lab.mainClass()}.java")
    assert generated.isFile() : "archetype:generate wrote no $generated"
    assert generated.getText('UTF-8').replace('\r\n', '\n') == skeleton.get().asSkeleton('org.example.kitchen').replace('\r\n', '\n') :
            "kitchen:reset would write lab ${lab.label()}'s skeleton otherwise than archetype:generate did"
}

// A lab this JDK is too old for is SKIPPED, says why, and is not counted among the labs that can run here.
LabCatalogue.all().findAll { it.minimumJdk() > Runtime.version().feature() }.each { lab ->
    assert log.readLines().any { it.contains("– ${lab.label()} ") && it.contains("SKIPPED: this lab needs JDK ${lab.minimumJdk()} or newer") } : "lab ${lab.label()} was not reported SKIPPED on JDK ${Runtime.version().feature()}"
}
true
