// One kitchen:check of the whole project, with the wrong solutions of Wrong.groovy dropped in (by prebuild.groovy),
// failed the build (invoker.properties): each of those labs must fail with its own diagnosis, naming
// the project's own code, and none of them break the kit.
def wrong = evaluate(new File(basedir, 'Wrong.groovy'))

def catalogue = dev.kitchenlab.catalogue.LabCatalogue.all()
        .findAll { it.minimumJdk() <= 17 }.collect { it.id() } as Set
assert !wrong.isEmpty() && catalogue.containsAll(wrong.keySet()) : "Wrong.groovy names labs this JDK does not run: ${wrong.keySet() - catalogue}"

String log = new File(basedir, 'build.log').getText('UTF-8')
int header = log.indexOf('Kitchen check · ')
assert header >= 0 : "kitchen:check did not start:\n$log"
String text = log.substring(header)
assert !(text =~ /(CRASH|ERROR|TIMEOUT): /) : "a wrong solution broke the kit:\n$text"
List<String> lines = text.readLines()
def undiagnosed = wrong.findAll { label, row ->
    String line = lines.find { it.contains("✘ $label ") }
    line == null || !(line =~ row[1])
}
assert undiagnosed.isEmpty() : "labs without their diagnosis: ${undiagnosed.keySet()}:\n$text"
true
