// Four Maven runs on a project holding the reference solutions of labs 03 and 05 (plugin/pom.xml copies them).
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def calls = log.split(/\[INFO\] Building progress /).drop(1)
assert calls.size() == 4 : "expected 4 invocations, found ${calls.size()}"
def timed = LabCatalogue.select('05')[0]

assert calls[0].contains("1 of 2 labs done · next: lab ${timed.label()} (mvn kitchen:check -Dlab=05)") :
        'a check of lab 03 alone did not count the whole project or name the next lab'
assert calls[1].contains('lab 03 cooks has passed, so here is the kit\'s reference solution') :
        'kitchen:hint did not unlock the reference solution after the pass'
assert calls[1].contains('package org.example.kitchen.lab03;')
assert calls[2].contains('lab 05 timed · hint 1 of') : 'lab 05, not passed, did not start its ladder'
assert !calls[2].contains('reference solution (not your file') : 'lab 05\'s solution was shown before a pass'
assert calls[3].contains('2 of 2 labs done · every lab is done') :
        'a check of lab 05 alone forgot that lab 03 passed in an earlier Maven run'
calls.each { assert it.contains('BUILD SUCCESS') }

Properties progress = new Properties()
new File(basedir, '.kitchen/progress.properties').withReader('UTF-8') { progress.load(it) }
assert progress['03.last'] == 'PASS' && progress['05.last'] == 'PASS' && progress['03.passedOnce'] == 'true'
assert !new File(basedir, '.kitchen').list().any { it.endsWith('.tmp') } : 'a temporary file was left in .kitchen/'
true
