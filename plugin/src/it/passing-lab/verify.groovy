// Every reference solution is judged a pass (or, on a machine too busy to judge a timing, inconclusive: a
// warning that must not fail the build); the header and summary frame them.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen check · 1 tick = 1s (the talk\'s 10 s)') : 'the header line is missing'
def labs = ['02 kitchens': '4 greetings from cook processes', '03 cooks': '4 greetings from 4 cooks']
int passed = 0
labs.each { lab, title ->
    def line = log.readLines().find { it.contains(lab) && it.contains(title) }
    assert line != null : "no line for lab $lab"
    assert line.contains("[INFO] ✔ $lab") || line.contains("[WARNING] ? $lab") : "lab $lab neither passed nor was inconclusive: $line"
    if (line.contains('✔')) {
        assert line =~ /\d+(\.\d+)? s/ : "the pass line shows no wall time: $line"
        passed++
    }
}
assert log.contains("${passed} of 2 labs done") : 'the summary line is missing or miscounts'
assert !log.contains('not in this project') : 'a reference solution was not found by the kit'
assert log.contains('BUILD SUCCESS')
