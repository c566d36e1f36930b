// Each reference solution asked for is judged a pass (or, on a machine too busy to judge a timing, inconclusive: a
// warning that must not fail the build); the header and summary frame them. The labs are those of labs.properties.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

def askedFor = new File(basedir, 'labs.properties').withReader('UTF-8') { r -> new Properties().tap { load(r) } }
        .getProperty('lab').split(',')*.trim()
def checked = LabCatalogue.all().findAll { it.id() in askedFor }
assert checked.size() == askedFor.size() : "labs.properties names a lab the catalogue does not have: $askedFor"
assert log.contains('Kitchen check · 1 tick = 1s (the talk\'s 10 s)') : 'the header line is missing'
def runnable = checked.findAll { it.minimumJdk() <= Runtime.version().feature() }
int passed = 0
runnable.each { lab ->
    def line = log.readLines().find { it.contains(" ${lab.label()} ") && it.contains(lab.title()) }
    assert line != null : "no line for lab ${lab.label()}"
    assert line.contains("[INFO] ✔ ${lab.label()}") || line.contains("[WARNING] ? ${lab.label()}") : "lab ${lab.label()} neither passed nor was inconclusive: $line"
    if (line.contains('✔')) {
        assert line =~ /\d+(\.\d+)? s/ : "the pass line shows no wall time: $line"
        passed++
    }
}
// The tally is the project's: the labs not asked for are not done yet, and the next one is named.
int here = LabCatalogue.all().count { it.minimumJdk() <= Runtime.version().feature() }
assert log =~ /${passed} of ${here} labs done · next: lab \d\d / : 'the summary line is missing or miscounts'
assert !log.contains('not in this project') : 'a reference solution was not found by the kit'
assert log.contains('BUILD SUCCESS')

// Each lab's verdict as a Surefire-format report, one file and one test case a lab: a pass has no failure, an
// inconclusive lab is skipped, as report tools count them.
runnable.each { lab ->
    File report = new File(basedir, "target/kitchen/TEST-kitchen.${lab.packageSegment()}.xml")
    assert report.isFile() : "lab ${lab.label()} has no test report"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.text() == '1' && suite.testcase.size() == 1 : "the report of lab ${lab.label()} is not one test case"
    assert suite.@failures.text() == '0' && suite.@errors.text() == '0' : "lab ${lab.label()} passed, its report says otherwise"
    String verdict = suite.properties.property.find { it.@name.text() == 'kitchen.verdict' }.@value.text()
    assert verdict in ['PASS', 'INCONCLUSIVE'] : "the report of lab ${lab.label()} gives the verdict $verdict"
    assert suite.@skipped.text() == (verdict == 'PASS' ? '0' : '1') : "the report of lab ${lab.label()} miscounts"
}
// Surefire's report lists every lab, as a test of its class, with the kit's counts.
File html = new File(basedir, 'target/reports/surefire.html')
assert html.isFile() : 'the Surefire report tool wrote no report of the kit\'s XML'
String page = html.getText('UTF-8').replaceAll(/<[^>]+>/, ' ').replaceAll(/\s+/, ' ')
int skipped = checked.size() - passed
assert page.contains("Tests Errors Failures Skipped Success Rate Time ${checked.size()} 0 0 ${skipped} ") :
        "the report tool does not count ${checked.size()} labs, ${skipped} skipped: ${page.take(600)}"
runnable.each { lab ->
    assert page.contains("org.example.kitchen.${lab.packageSegment()}") : "the report tool does not list lab ${lab.label()}"
}
// A lab this JDK cannot run is not looked for: it is listed by the kit's name for it, skipped.
(checked - runnable).each { lab ->
    assert page =~ /kitchen\b.*\b${lab.packageSegment()}\b/ : "the report tool does not list lab ${lab.label()}"
}
// The check's one page: every lab that ran has its section with its verdict and a timeline, and the console names it.
File index = new File(basedir, 'target/kitchen/index.html')
assert index.isFile() : 'the check wrote no page'
assert log.contains('[INFO] report: target/kitchen/index.html') : 'the console does not name the page'
def sections = new groovy.xml.XmlSlurper(false, false, true).parse(index).'**'.findAll { it.name() == 'section' }
runnable.each { lab ->
    def section = sections.find { it.@'data-lab'.text() == lab.id() }
    assert section != null : "the page has no section for lab ${lab.label()}"
    assert section.@'data-verdict'.text() in ['PASS', 'INCONCLUSIVE'] : "the page gives lab ${lab.label()} ${section.@'data-verdict'}"
    assert section.'**'.find { it.name() == 'svg' || it.@class.text() == 'none' } : "lab ${lab.label()} has no timeline"
}
println "page: ${index.length()} bytes"
true  // a Groovy hook must end in true or null
