// Stages lab 15's reference solution and one wrong solution (labs/src/test/java21) in the project's package, for the
// drop-in steps that put each over the lab, in src/main/java21, before each check.
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
File java21 = new File(new File(labSources).parentFile, 'java21')
dropIn(basedir, 'reference-sources', new File(java21, 'org/example/kitchen/lab15'), 'org.example.kitchen.lab15', 'lab15')
// A thousand cooks: a wrong solution judged in seconds (one whose virtual cooks take turns on a pool runs 10 ticks).
dropIn(basedir, 'wrong-sources', new File(java21, 'students/thousand/lab15'), 'students.thousand.lab15', 'lab15')
true
