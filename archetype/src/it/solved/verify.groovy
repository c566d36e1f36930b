// With the reference solutions in, every lab of the catalogue passes (on a machine too busy to judge a timing a lab
// may come back inconclusive: a warning that leaves the build green), each line with the figures it was judged on,
// each lab with its Surefire-format report and its section of the check's page; the lab tests run (labs 03 and 09, as
// the IDE runs them) pass too.
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

    // Each lab's verdict as a Surefire-format report, one file and one test case a lab: a pass has no failure, an
    // inconclusive lab is skipped, as report tools count them.
    File kitReport = new File(basedir, "my-kitchen/target/kitchen/TEST-kitchen.${lab.packageSegment()}.xml")
    assert kitReport.isFile() : "lab ${lab.label()} has no test report"
    def kitSuite = new groovy.xml.XmlSlurper().parse(kitReport)
    assert kitSuite.@tests.text() == '1' && kitSuite.testcase.size() == 1 : "the report of lab ${lab.label()} is not one test case"
    assert kitSuite.@failures.text() == '0' && kitSuite.@errors.text() == '0' : "lab ${lab.label()} passed, its report says otherwise"
    String verdict = kitSuite.properties.property.find { it.@name.text() == 'kitchen.verdict' }.@value.text()
    assert verdict in ['PASS', 'INCONCLUSIVE'] : "the report of lab ${lab.label()} gives the verdict $verdict"
    assert kitSuite.@skipped.text() == (verdict == 'PASS' ? '0' : '1') : "the report of lab ${lab.label()} miscounts"
}
// The check's one page: every lab has its section with its verdict and a timeline.
File index = new File(basedir, 'my-kitchen/target/kitchen/index.html')
assert index.isFile() : 'the check wrote no page'
def sections = new groovy.xml.XmlSlurper(false, false, true).parse(index).'**'.findAll { it.name() == 'section' }
runnable.each { lab ->
    def section = sections.find { it.@'data-lab'.text() == lab.id() }
    assert section != null : "the page has no section for lab ${lab.label()}"
    assert section.@'data-verdict'.text() in ['PASS', 'INCONCLUSIVE'] : "the page gives lab ${lab.label()} ${section.@'data-verdict'}"
    assert section.'**'.find { it.name() == 'svg' || it.@class.text() == 'none' } : "lab ${lab.label()} has no timeline"
}
// The lab tests that ran (invoker.properties) pass, each checking its own lab.
['03', '09'].collect { id -> LabCatalogue.all().find { it.id() == id } }.each { lab ->
    String test = "${lab.packageSegment()}.${lab.mainClass()}Test"
    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab ${lab.label()} did not run: no $report.name"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.text() == '1' && suite.@failures.text() == '0' && suite.@errors.text() == '0' : "the JUnit test of lab ${lab.label()} did not pass: ${suite.testcase}"
}
File[] ran = new File(basedir, 'my-kitchen/target/surefire-reports').listFiles({ File f -> f.name ==~ /TEST-.*\.xml/ } as FileFilter)
assert ran.length == 2 : "the lab tests ran were not those of labs 03 and 09: ${ran*.name}"
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
