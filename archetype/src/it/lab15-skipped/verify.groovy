// On a JDK older than 21 (invoker.properties), lab 15 keeps its skeleton and test in src/main/java21 and
// src/test/java21, which the generated project compiles on JDK 21+ only, and the check reported it SKIPPED without
// failing the build.
File project = new File(basedir, 'my-kitchen')
assert new File(project, 'src/main/java21/org/example/kitchen/lab15/TenThousandCooks.java').isFile() :
        'the generated project has no lab 15 skeleton in src/main/java21'
assert new File(project, 'src/test/java21/org/example/kitchen/lab15/TenThousandCooksTest.java').isFile() :
        'the generated project has no lab 15 test in src/test/java21'

String text = new File(basedir, 'build.log').getText('UTF-8')
assert text.readLines().any { it.contains('– 15 virtual') && it.contains('SKIPPED: this lab needs JDK 21 or newer') } :
        "lab 15 was not reported SKIPPED:\n$text"
// The tally is over the whole project, which has every lab's skeleton: the labs this JDK can run, lab 15 not among them.
int runnable = dev.kitchenlab.catalogue.LabCatalogue.all().count { it.minimumJdk() <= Runtime.version().feature() }
assert text.contains("0 of ${runnable} labs done") : "the summary did not count the labs that can run here:\n$text"
true
