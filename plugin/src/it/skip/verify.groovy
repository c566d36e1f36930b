// kitchen.skip makes the goal say it skipped and do nothing else: without it this empty project would fail.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Kitchen check skipped (kitchen.skip)')
assert !log.contains('Kitchen check ·') : 'the check started although it was skipped'
LabCatalogue.all().each { lab ->
    assert !log.contains(" ${lab.label()} ") : "lab ${lab.label()} was reported although the check was skipped"
}
assert log.contains('BUILD SUCCESS')
