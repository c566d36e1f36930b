// The teacher's one command, run on a copy of the kit's sources (the build around this test owns the real target
// folders), makes a repository folder; a project generated for a class then checks lab 03 green against it, with a
// local repository that starts empty, as a student's machine without the kit would. Without the property, Maven
// answers as the student README quotes.
// The command is run with the release profile and a throwaway signing key, so the same build also tries the release
// up to its upload: sources and javadoc jars and a good signature on every file, once the publisher's metadata is in
// the root pom, and a clear refusal before. The invoker's steps ran both (invoker.properties); this checks what they
// made, then runs the student's two Mavens, each with a local repository of its own.
import java.util.concurrent.TimeUnit

String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def run = { File dir, List<String> command, String name ->
    File log = new File(basedir, "${name}.log")
    Process process = new ProcessBuilder(command).directory(dir).tap { environment().put('MAVEN_OPTS', itMavenOpts) }
            .redirectErrorStream(true).redirectOutput(log).start()
    assert process.waitFor(15, TimeUnit.MINUTES) : "$name did not end"
    [exit: process.exitValue(), log: log.getText('UTF-8')]
}

String log = new File(basedir, 'build.log').getText('UTF-8')
// Without the publisher's metadata the release did not start (a step that had to fail), and said what to add.
['add <url>', 'add <licenses>', 'add <developers>', 'add <scm>'].each { cure ->
    assert log.contains(cure) : "the refused release does not say to $cure:\n$log"
}

// The teacher's command ran (the last step, which passed): what it made.
File gnupg = new File(basedir, 'gnupg')
boolean canSign = gnupg.isDirectory()
def gpg = evaluate(new File(basedir, 'Keyring.groovy'))
File repository = new File(basedir, 'kitchen-repository')
['kitchen-labs', 'kitchen-maven-plugin', 'kitchen-lab-archetype'].each { artifact ->
    File folder = new File(repository, "dev/kitchenlab/$artifact/$kitVersion")
    ['.jar', '-sources.jar', '-javadoc.jar', '.pom'].each { ending ->
        String name = folder.list().find {
            it.startsWith(artifact) && it.endsWith(ending) && !(ending == '.jar' && it =~ /-(sources|javadoc)\.jar$/)
        }
        assert name != null : "the release has no $artifact$ending"
        if (canSign) {
            def verified = gpg('gpg', '--verify', new File(folder, "${name}.asc").path, new File(folder, name).path)
            assert verified.exit == 0 && verified.said.contains('Good signature') : "$name is not signed: $verified.said"
        }
    }
}
['kitchen-parent', 'kitchen-labs', 'kitchen-maven-plugin', 'kitchen-lab-archetype'].each { artifact ->
    File metadata = new File(repository, "dev/kitchenlab/$artifact/$kitVersion/maven-metadata.xml")
    assert metadata.isFile() : "the repository has no $artifact $kitVersion"
}
assert new File(basedir, 'kitchen-repository.tar.gz').length() > 0 : 'the repository was not archived'
assert new File(repository, 'dev').list() as List == ['kitchenlab'] : 'the repository holds more than the kit'

// A student's machine: the generated project, lab 03 written, a local repository that starts empty, no settings.
File project = new File(basedir, 'my-kitchen')
new File(project, 'src/main/java/org/example/kitchen/lab03/ManyCooks.java').setText(
        new File(labSources, 'org/example/kitchen/lab03/ManyCooks.java').getText('UTF-8'), 'UTF-8')
File empty = new File(basedir, 'student-m2')
def checked = run(project, [mvn, '-B', '-ntp', "-Dmaven.repo.local=$empty".toString(),
                            "-Dkitchen.repository=${repository.toURI()}".toString(), 'kitchen:check', '-Dlab=03',
                            '-Dkitchen.tick=1s'], 'student-check')
assert checked.exit == 0 && checked.log =~ /[✔?] 03 cooks/ : "lab 03 did not pass from the teacher's repository:\n$checked.log"
File plugin = new File(empty, "dev/kitchenlab/kitchen-maven-plugin/$kitVersion/_remote.repositories")
assert plugin.isFile() && plugin.text.contains('>kitchen=') : 'the plugin did not come from the teacher\'s repository'

def without = run(project, [mvn, '-B', '-ntp', "-Dmaven.repo.local=${new File(basedir, 'bare-m2')}".toString(),
                            'kitchen:check', '-Dlab=03'], 'student-without-kit')
assert without.exit != 0 && without.log.contains("No plugin found for prefix 'kitchen'") :
        "without the kit Maven says something else than the README quotes:\n$without.log"
true
