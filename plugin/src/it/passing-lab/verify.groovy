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

// Surefire's own report tool reads the kit's Surefire-format reports (what each holds, lab by lab, is read in the
// archetype's solved IT): it lists every lab, as a test of its class, with the kit's counts.
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
// The check's one page (each lab's section is read in the archetype's solved IT): the console names it.
File index = new File(basedir, 'target/kitchen/index.html')
assert index.isFile() : 'the check wrote no page'
assert log.contains('[INFO] report: target/kitchen/index.html') : 'the console does not name the page'
println "page: ${index.length()} bytes"
true  // a Groovy hook must end in true or null
