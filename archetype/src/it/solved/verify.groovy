// With the reference solutions in, every lab of the catalogue passes (on a machine too busy to judge a timing a lab
// may come back inconclusive: a warning that leaves the build green), each line with the figures it was judged on;
// the lab tests, run as the IDE runs them, pass too.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen check · 1 tick = 1s (the talk\'s 10 s)') : 'the header line is missing'
def runnable = LabCatalogue.all().findAll { it.minimumJdk() <= Runtime.version().feature() }
runnable.each { lab ->
    File source = new File(basedir, "my-kitchen/src/main/java/org/example/kitchen/${lab.packageSegment()}/${lab.mainClass()}.java")
    assert source.isFile() && !source.getText('UTF-8').contains('todo(') : "the reference solution did not replace the skeleton of lab ${lab.label()}"

    def line = log.readLines().find { it =~ /\[(INFO|WARNING|ERROR)\] . ${lab.label()} / }
    assert line != null : "kitchen:check printed no line for lab ${lab.label()}"
    assert line.contains("[INFO] ✔ ${lab.label()}") || line.contains("[WARNING] ? ${lab.label()}") : "lab ${lab.label()} neither passed nor was inconclusive: $line"
    if (line.contains('✔')) {
        assert line =~ /\d+(\.\d+)? s/ : "the pass line of lab ${lab.label()} shows no wall time: $line"
    }

    String test = "${lab.packageSegment()}.${lab.mainClass()}Test"
    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab ${lab.label()} did not run: no $report.name"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.text() == '1' && suite.@failures.text() == '0' && suite.@errors.text() == '0' : "the JUnit test of lab ${lab.label()} did not pass: ${suite.testcase}"
}
assert !log.contains('lab not started') : 'a skeleton was checked instead of a reference solution'
assert !log.contains('BUILD FAILURE') : 'the check or the lab tests failed'
// A lab this JDK is too old for is SKIPPED, says why, and is not counted among the labs that can run here.
LabCatalogue.all().findAll { it.minimumJdk() > Runtime.version().feature() }.each { lab ->
    assert log.readLines().any { it.contains("– ${lab.label()} ") && it.contains("SKIPPED: this lab needs JDK ${lab.minimumJdk()} or newer") } : "lab ${lab.label()} was not reported SKIPPED on JDK ${Runtime.version().feature()}"
}

// What Eclipse shows on the solved project: nothing, no error and no warning (ECJ's default set, see Ecj.groovy).
def ecj = evaluate(new File(itScripts, 'Ecj.groovy'))
def problems = ecj(new File(basedir, 'my-kitchen'))
assert problems.isEmpty() : 'ECJ finds problems in the solved project:\n' + problems.join('\n')
true
