// The reference solution of lab 03 is judged a pass (or, on a machine too busy to judge a timing,
// inconclusive: a warning that must not fail the build), the header and summary frame it.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen check · 1 tick = 500ms (the talk\'s 10 s)') : 'the header line is missing'
def line = log.readLines().find { it.contains('03 cooks') && it.contains('4 greetings from 4 cooks') }
assert line != null : 'no line for lab 03 cooks'
assert line.contains('[INFO] ✔ 03 cooks') || line.contains('[WARNING] ? 03 cooks') : "lab 03 neither passed nor was inconclusive: $line"
if (line.contains('✔')) {
    assert line =~ /\d+(\.\d+)? s/ : "the pass line shows no wall time: $line"
    assert log =~ /\[(INFO|WARNING)\] \d of 2 labs done/ : 'the summary line is missing'
}
assert !log.contains('not in this project') : 'a reference solution was not found by the kit'
assert log.contains('BUILD SUCCESS')
