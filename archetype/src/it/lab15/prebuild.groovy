// Two copies of the generated project: my-kitchen with lab 15's reference solution, wrong-kitchen with one wrong
// solution (labs/src/test/java21), each in the project's package over the skeleton in src/main/java21.
def generated = evaluate(new File(itScripts, 'Generated.groovy'))
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
File java21 = new File(new File(labSources).parentFile, 'java21')
dropIn(generated(basedir), new File(java21, 'org/example/kitchen/lab15'), 'org.example.kitchen.lab15', 'lab15',
        'java21')
// A thousand cooks: a wrong solution judged in seconds (one whose virtual cooks take turns on a pool runs 10 ticks).
dropIn(generated(basedir, 'wrong-kitchen'), new File(java21, 'students/thousand/lab15'), 'students.thousand.lab15',
        'lab15', 'java21')
true
