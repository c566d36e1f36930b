// The student mistyped the lab: the failure names the value, lists the labs and shows how to ask for one; a near
// miss gets "did you mean", a word far from every lab does not.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("-Dlab=soup: there is no lab 'soup'; the labs are: ${LabCatalogue.listing()}") : 'the message does not list the labs'
assert log.contains("-Dlab=cook: there is no lab 'cook'; did you mean cooks (03)?; the labs are: ") : 'no did-you-mean for a near miss'
assert log.contains('mvn kitchen:check -Dlab=03') : 'the message does not show how to name a lab'
assert !log.contains('Kitchen check ·') : 'the check started although the lab is unknown'
assert log.count('BUILD FAILURE') == 2
