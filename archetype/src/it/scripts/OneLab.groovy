// For a one-lab IT (src/it/lab15, whose lab needs a JDK of its own; the other labs' wrong solutions are judged
// together in src/it/wrong-solutions): in the project the IT has just generated, drops in a lab's reference
// solution and checks that lab alone (it passes, or on a machine too busy to judge, is inconclusive), then drops in
// one of the engine tests' wrong solutions and checks again: the build fails, with that wrong solution's diagnosis.
// Evaluated from a verify.groovy, it returns the closure that does this; mvn runs as the ITs run it, with their
// repositories. Returns the log of each check for the caller to quote. Options: folder, the source folder of the lab
// ('java21' for lab 15, whose sources the project compiles on JDK 21+ only, and whose solutions the kit keeps in
// labs/src/test/java21); javaHome, the JDK that runs mvn, and so the check and its kitchens.
import java.util.concurrent.TimeUnit

return { File itDir, String label, String packageSegment, String wrongStudent, String diagnosis, Map options = [:] ->
    String folder = options.folder ?: 'java'
    File project = new File(itDir, 'my-kitchen')
    File lab = new File(project, "src/main/$folder/org/example/kitchen/$packageSegment")
    assert lab.isDirectory() : "the generated project has no $lab"
    File settings = new File(itDir, 'settings.xml')
    settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')

    def dropIn = { File from, String fromPackage ->
        assert from.isDirectory() : "no solution at $from"
        from.eachFileMatch(~/.*\.java/) { source ->
            new File(lab, source.name).setText(source.getText('UTF-8')
                    .replace("package ${fromPackage};", "package org.example.kitchen.${packageSegment};"), 'UTF-8')
        }
    }
    def check = { String name ->
        File log = new File(itDir, "check-${name}.log")
        List<String> command = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-ntp',
                                '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath".toString(),
                                'kitchen:check', "-Dlab=$label".toString(), '-Dkitchen.tick=1s']
        ProcessBuilder builder = new ProcessBuilder(command).directory(project).redirectErrorStream(true)
                .redirectOutput(log)
        builder.environment().put('MAVEN_OPTS', itMavenOpts)
        if (options.javaHome) {
            builder.environment().put('JAVA_HOME', options.javaHome.toString())
        }
        Process maven = builder.start()
        assert maven.waitFor(10, TimeUnit.MINUTES) : "kitchen:check of the $name solution of lab $label did not end"
        [exit: maven.exitValue(), log: log.getText('UTF-8')]
    }

    File sources = new File(new File(labSources).parentFile, folder)
    dropIn(new File(sources, "org/example/kitchen/$packageSegment"), "org.example.kitchen.$packageSegment")
    def reference = check('reference')
    def line = reference.log.readLines().find { it =~ /\[(INFO|WARNING|ERROR)\] . $label / }
    assert reference.exit == 0 && line != null && (line.contains("✔ $label") || line.contains("? $label")) :
            "the reference solution of lab $label did not pass:\n$reference.log"

    dropIn(new File(sources, "students/$wrongStudent/$packageSegment"), "students.${wrongStudent}.$packageSegment")
    def wrong = check(wrongStudent)
    line = wrong.log.readLines().find { it.contains("✘ $label ") }
    assert wrong.exit != 0 && line != null : "the wrong solution '$wrongStudent' of lab $label did not fail:\n$wrong.log"
    assert line =~ diagnosis : "the wrong solution '$wrongStudent' of lab $label failed without its diagnosis /$diagnosis/: $line"
    assert !(wrong.log =~ /(CRASH|ERROR|TIMEOUT): /) : "the wrong solution '$wrongStudent' broke the kit:\n$wrong.log"
    [reference: reference.log, wrong: wrong.log]
}
