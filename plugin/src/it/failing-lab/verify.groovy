// A sequential lab 03 fails the build, and the student is told what was measured, where to look and what next.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[ERROR] ✘ 03 cooks') : 'no failing line for lab 03'
assert log.contains('your cooks took turns') : 'the diagnosis is missing'
assert log =~ /\[ERROR\] +look at: +src.main.java.students.sequential.lab03.ManyCooks\.java/ : 'the file to look at is missing'
assert log =~ /\[ERROR\] +next: .*mvn kitchen:check -Dlab=03/ : 'the next step is missing'
assert log.contains('[ERROR] 0 of 1 labs done · 1 failed') : 'the summary line is missing'
assert log.contains('1 lab(s) failed: 03 cooks (FAIL)') : 'the build failure does not name the lab'
assert log.contains('BUILD FAILURE')
