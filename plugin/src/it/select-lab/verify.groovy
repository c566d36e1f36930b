// Three invocations, each naming lab 03 in another way: each runs it exactly once, and no other lab.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Building select-lab /).drop(1)
def cooks = LabCatalogue.select('03')[0]

assert runs.size() == 3 : "expected 3 invocations, found ${runs.size()}"
runs.eachWithIndex { run, i ->
    def labLines = run.readLines().findAll { it.contains(" ${cooks.label()} ") && it.contains(cooks.title()) }
    assert labLines.size() == 1 : "invocation ${i + 1} ran lab 03 ${labLines.size()} times"
    assert !labLines[0].contains('not in this project') : "invocation ${i + 1} did not find lab 03"
    LabCatalogue.all().findAll { it != cooks }.each { other ->
        assert !run.contains(" ${other.label()} ") : "invocation ${i + 1} also ran lab ${other.label()}"
    }
    assert run.contains('of 1 labs done') : "invocation ${i + 1} has no summary"
    assert run.contains('BUILD SUCCESS') : "invocation ${i + 1} failed"
}
true  // a Groovy hook must end in true or null: the list above would count as a failure
