// Stages lab 15's reference solution and one wrong solution (labs/src/test/java21) in the project's package, for the
// drop-in steps that put each over the lab, in src/main/java21, before each check.
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
File java21 = new File(new File(labSources).parentFile, 'java21')
dropIn(basedir, 'reference-sources', new File(java21, 'org/example/kitchen/lab15'), 'org.example.kitchen.lab15', 'lab15')
dropIn(basedir, 'wrong-sources', new File(java21, 'students/fixedpool/lab15'), 'students.fixedpool.lab15', 'lab15')
true
