// A sequential lab 03 fails the build, and the student is told what was measured, what the talk claims, where to
// look and what next; with a timeout shorter than its four ticks it is stopped instead.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Building failing-lab /).drop(1)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"
def cooks = LabCatalogue.select('03')[0]
assert !log.contains('\r') && !log.contains('⋯') : 'a live line reached the log of a batch build (-B)'

def slow = runs[0]
assert slow.contains("[ERROR] ✘ ${cooks.label()}") : 'no failing line for lab 03'
assert slow.contains('the greetings came from 1 cook thread(s), with at most 1 cooking at once') : 'the diagnosis is missing'
// Its four ticks, or, on a machine too busy to time them, why they could not be judged: never a pass.
assert slow =~ /your cooks took turns|but the machine was busy|too close to call/ : 'the timing is not reported'
assert slow.contains("[ERROR]       the talk: ${cooks.claim()}") : 'the claim of the talk is not shown'
assert slow =~ /\[ERROR\] +look at: +src.main.java.students.sequential.lab03.ManyCooks\.java/ : 'the file to look at is missing'
assert slow =~ /\[ERROR\] +next: .*mvn kitchen:check -Dlab=03/ : 'the next step is missing'
assert slow.contains('[ERROR] 0 of 1 labs done · 1 failed') : 'the summary line is missing'
assert slow.contains("1 lab(s) failed: ${cooks.label()} (FAIL)") : 'the build failure does not name the lab'
assert slow.contains('BUILD FAILURE')

def stopped = runs[1]
assert stopped.contains('TIMEOUT: the kitchen was still cooking at your -Dkitchen.timeout=1s') : 'kitchen.timeout did not stop the lab'
assert stopped.contains('your -Dkitchen.timeout is shorter than the') : 'the advice does not name the student\'s timeout'
assert stopped.contains("1 lab(s) failed: ${cooks.label()} (TIMEOUT)")
assert stopped.contains('BUILD FAILURE')

// The report of lab 03 is the last check's: one failure of type TIMEOUT, with the kit's advice in its body.
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/kitchen/TEST-kitchen.lab03.xml'))
assert suite.@tests.text() == '1' && suite.@failures.text() == '1' : 'the report of lab 03 does not count one failure'
assert suite.testcase.failure.@type.text() == 'TIMEOUT' : "the report's failure is of type ${suite.testcase.failure.@type}"
assert suite.testcase.failure.@message.text().startsWith('TIMEOUT: the kitchen was still cooking') : 'the failure message is not the verdict'
assert suite.testcase.failure.text().contains('next: ') : 'the failure body does not say what to do next'
