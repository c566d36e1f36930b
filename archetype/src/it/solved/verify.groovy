// With the reference solutions in, every lab passes (on a machine too busy to judge a timing a lab may come back
// inconclusive: a warning that leaves the build green), each line with the figures it was judged on; the lab
// tests, run as the IDE runs them, pass too.
String log = new File(basedir, 'build.log').getText('UTF-8')

File lab03 = new File(basedir, 'my-kitchen/src/main/java/org/example/kitchen/lab03/ManyCooks.java')
assert !lab03.getText('UTF-8').contains('todo(') : 'the reference solution did not replace the lab 03 skeleton'

assert log.contains('Kitchen check · 1 tick = 1s (the talk\'s 10 s)') : 'the header line is missing'
def labs = ['02 kitchens': 'lab02.ManyKitchensTest', '03 cooks': 'lab03.ManyCooksTest']
labs.each { lab, test ->
    def line = log.readLines().find { it =~ /\[(INFO|WARNING|ERROR)\] . $lab / }
    assert line != null : "kitchen:check printed no line for lab $lab"
    assert line.contains("[INFO] ✔ $lab") || line.contains("[WARNING] ? $lab") : "lab $lab neither passed nor was inconclusive: $line"
    if (line.contains('✔')) {
        assert line =~ /\d+(\.\d+)? s/ : "the pass line of lab $lab shows no wall time: $line"
    }

    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab $lab did not run: no $report.name"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.text() == '1' && suite.@failures.text() == '0' && suite.@errors.text() == '0' : "the JUnit test of lab $lab did not pass: ${suite.testcase}"
}
assert !log.contains('lab not started') : 'a skeleton was checked instead of a reference solution'
assert !log.contains('BUILD FAILURE') : 'the check or the lab tests failed'
