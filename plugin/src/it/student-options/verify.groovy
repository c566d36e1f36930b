// The student's own -Dkitchen.timeout and -Dkitchen.tick are named as the cause, with what to type instead; the
// timeout is not blamed on an endless loop, and no line promises output the kitchen never wrote.
String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Building student-options /).drop(1)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"

def timeout = runs[0]
assert timeout.contains('at your -Dkitchen.timeout=1ms') : 'the timeout the student set is not named'
assert timeout =~ /leave -Dkitchen\.timeout out, or give it at least \d+s|leave it out and run mvn kitchen:check -Dlab=03/
assert !timeout.contains('endless loop') || timeout.contains('leave it out') : 'the setting was blamed on the code'
assert !timeout.contains('shown below') || timeout.contains('      | ') : 'last lines were promised but none shown'
assert timeout.contains('BUILD FAILURE')

def tick = runs[1]
assert tick =~ /-Dkitchen\.tick=100ms is too short to judge timing: .* the shortest tick that works is \d+ms: run mvn kitchen:check -Dkitchen\.tick=\d+ms/
assert !tick.contains('Kitchen check ·') : 'a check started with a tick too short to judge'
assert tick.contains('BUILD FAILURE')
true
