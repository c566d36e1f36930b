// Untouched, every lab of the generated project is reported as not started, naming its first step, and the
// check fails the build the way a failing lab does: no crash, no ERROR verdict, no broken kit. Each lab's JUnit
// test fails too, with the message kitchen:check printed.
String log = new File(basedir, 'build.log').getText('UTF-8')

def labs = ['02 kitchens': 'lab02.ManyKitchensTest', '03 cooks': 'lab03.ManyCooksTest']
labs.each { lab, test ->
    def line = log.readLines().find { it.contains("✘ $lab ") }
    assert line != null : "kitchen:check printed no failing line for lab $lab"
    def verdict = line =~ /FAIL: (lab not started: main: .*)$/
    assert verdict.find() : "kitchen:check did not report lab $lab as not started: $line"

    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab $lab did not run: no $report.name"
    def failure = new groovy.xml.XmlSlurper().parse(report).testcase.failure
    assert failure.size() == 1 : "the JUnit test of lab $lab did not fail"
    String message = failure.@message.text()
    assert message.startsWith("lab $lab: FAIL: " + verdict.group(1)) : "the JUnit test of lab $lab says \"$message\", kitchen:check said \"${verdict.group(1)}\""
}
assert !log.contains('not in this project') : 'a skeleton of the generated project was not found by the kit'
assert !(log =~ /(CRASH|ERROR|TIMEOUT): /) : 'an untouched lab crashed or broke the kit'
assert log.contains('[ERROR] 0 of 2 labs done') : 'the summary line is missing'
assert log.contains('2 lab(s) failed: 02 kitchens (FAIL), 03 cooks (FAIL)') : 'the build failure does not name both labs'
assert !log.contains('MojoExecutionException') : 'the kit reported itself broken'
