// Seven calls of kitchen:hint on one project: the ladder climbs one hint a call and is remembered in .kitchen/
// between Maven runs; the reference solution appears only in the call that asked for it, in the student's package.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def calls = log.split(/\[INFO\] Building hint-ladder /).drop(1)
def cooks = LabCatalogue.select('03')[0]
int total = cooks.hints().size()
String reference = "the kit's reference solution"

assert calls.size() == 7 : "expected 7 invocations, found ${calls.size()}"
assert total == 3 : "this test climbs lab 03's three hints; it has $total"
(0..<3).each { i ->
    assert calls[i].contains("lab ${cooks.label()} · hint ${i + 1} of $total") : "call ${i + 1} did not show hint ${i + 1}"
    assert calls[i].contains(cooks.hints()[i]) : "call ${i + 1} did not show the text of hint ${i + 1}"
    (0..<3).findAll { it > i }.each { later ->
        assert !calls[i].contains(cooks.hints()[later]) : "call ${i + 1} gave away hint ${later + 1}"
    }
    assert !calls[i].contains(reference + " (not your file") : "call ${i + 1} showed the solution before a pass"
    assert calls[i].contains('BUILD SUCCESS')
}
assert calls[2].contains('(the last)') && calls[2].contains('-Dkitchen.showSolution=true')
assert calls[3].contains("you have seen all $total hints") : 'past the last hint, the call did not say so'
assert calls[3].contains('mvn kitchen:check -Dlab=03') : 'past the last hint, the call did not say what is next'
assert !calls[3].contains(reference + " (not your file") : 'past the last hint the solution was shown without a pass'

assert calls[4].contains('you asked for it with -Dkitchen.showSolution=true') && calls[4].contains('has not passed yet')
def block = calls[4] =~ /(?s)----- the kit's reference solution \(not your file; nothing was written\): (\S+) -----(.*)----- end of/
assert block.find() : 'the reference solution is not marked as the kit\'s'
assert block.group(1) == 'edu/school/lab03/ManyCooks.java'
String solution = block.group(2)
assert solution.contains('package edu.school.lab03;') : 'the solution is not in the student\'s package'
assert !solution.contains('org.example.kitchen') : 'the solution still names the kit\'s own package'
assert solution.contains('ThreadPool') : 'the solution shown is not lab 03\'s reference'


assert calls[5].contains('name the lab, by id or name, e.g. mvn kitchen:hint -Dlab=03') && calls[5].contains('BUILD FAILURE')
assert calls[6].contains("there is no lab '99'") && calls[6].contains('BUILD FAILURE')

File seen = new File(basedir, '.kitchen/hints.properties')
assert seen.isFile() && seen.text.contains("03=$total") : 'the ladder is not kept in .kitchen/hints.properties'
assert new File(basedir, 'src/main/java/edu/school/lab03/ManyCooks.java').text.contains('thinking about cooks') :
        'kitchen:hint changed the student\'s file'
true
