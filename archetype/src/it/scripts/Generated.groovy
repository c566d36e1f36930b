// Shared by the ITs that start from a student's project as archetype:generate makes it: evaluated from a pre-build
// script, it returns the closure that puts a copy of one in the IT's folder and returns it. The archetype module's own
// archetype:integration-test (src/test/resources/projects/basic) generates it before the invoker runs, with the ITs'
// coordinates: byte for byte what archetype:generate makes from the repository (the untouched IT generates its own,
// as a student does, and holds every skeleton to the catalogue). A copy, without what that test's build made, spares
// each IT a Maven run (about 1.9 CPU-seconds and 1.4 s each).
def copy = evaluate(new File(itScripts, 'Copy.groovy'))

return { File itDir, String name = 'my-kitchen' ->
    File from = new File(generatedProject)
    assert new File(from, 'pom.xml').isFile() : "no generated project at $from: the archetype module's " +
            'archetype:integration-test makes it before the ITs run, so do not skip it (-Darchetype.test.skip)'
    File project = new File(itDir, name)
    copy(from, project, ['target', 'build.log'])
    project
}
