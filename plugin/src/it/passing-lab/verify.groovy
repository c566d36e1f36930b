// Every reference solution is judged a pass (or, on a machine too busy to judge a timing, inconclusive: a
// warning that must not fail the build); the header and summary frame them. The labs are the catalogue's.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen check · 1 tick = 1s (the talk\'s 10 s)') : 'the header line is missing'
def runnable = LabCatalogue.all().findAll { it.minimumJdk() <= Runtime.version().feature() }
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
assert log.contains("${passed} of ${runnable.size()} labs done") : 'the summary line is missing or miscounts'
assert !log.contains('not in this project') : 'a reference solution was not found by the kit'
assert log.contains('BUILD SUCCESS')
