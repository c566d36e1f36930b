// First run: every lab of the catalogue is reported as not in this project (or SKIPPED, when this JDK is too old for
// it), and a check that judged nothing fails.
// Second run, with -Dlab=03: the lab that was asked for fails with what to write where.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Building no-lab-class /).drop(1)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"

def all = runs[0]
// A lab this JDK is too old for is SKIPPED before its class is looked for; every other lab is reported absent.
int jdk = Runtime.version().feature()
LabCatalogue.all().each { lab ->
    if (lab.minimumJdk() > jdk) {
        assert all.readLines().any { it.contains("– ${lab.label()} ") && it.contains("SKIPPED: this lab needs JDK ${lab.minimumJdk()} or newer") } : "lab ${lab.label()} is not reported SKIPPED on JDK $jdk"
    } else {
        assert all.readLines().any { it.startsWith('[INFO]') && it.contains(" ${lab.label()} ") && it.contains(lab.title()) && it.endsWith('not in this project') } : "lab ${lab.label()} is not reported as absent"
    }
}
assert all.contains("[ERROR] No lab was found in this project: the labs are ${LabCatalogue.listing()}")
assert all.contains('no lab was found in this project, so nothing was checked')
assert all.contains('BUILD FAILURE')

def cooks = LabCatalogue.select('03')[0]
def named = runs[1]
assert named.contains("[ERROR] ✘ ${cooks.label()}") : 'the lab asked for is not failed'
assert named.contains("lab ${cooks.label()} is not in this project: no class lab03.${cooks.mainClass()} was found")
assert named.contains("write the lab in a package ending in .lab03, in a class named ${cooks.mainClass()}")
assert named.contains("1 lab(s) failed: ${cooks.label()} (FAIL)")
assert named.contains('BUILD FAILURE')
