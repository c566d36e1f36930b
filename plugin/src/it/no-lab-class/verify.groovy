// First run: the missing lab is reported as not in this project, and a check that judged nothing fails.
// Second run, with -Dlab=03: the lab that was asked for fails with what to write where.
String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Building no-lab-class /).drop(1)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"

def all = runs[0]
assert all =~ /\[INFO\] +03 cooks +4 greetings from 4 cooks +not in this project/ : 'lab 03 is not reported as absent'
assert all.contains('[ERROR] No lab was found in this project: the labs are 02 kitchens, 03 cooks')
assert all.contains('no lab was found in this project, so nothing was checked')
assert all.contains('BUILD FAILURE')

def named = runs[1]
assert named.contains('[ERROR] ✘ 03 cooks') : 'the lab asked for is not failed'
assert named.contains('lab 03 cooks is not in this project: no class lab03.ManyCooks was found')
assert named.contains('write the lab in a package ending in .lab03, in a class named ManyCooks')
assert named.contains('1 lab(s) failed: 03 cooks (FAIL)')
assert named.contains('BUILD FAILURE')
