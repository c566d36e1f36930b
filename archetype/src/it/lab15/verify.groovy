// Lab 15 needs JDK 21+: the generated project keeps it in src/main/java21, compiled only by its jdk21 profile.
import java.util.concurrent.TimeUnit

File project = new File(basedir, 'my-kitchen')
assert new File(project, 'src/main/java21/org/example/kitchen/lab15/TenThousandCooks.java').isFile() :
        'the generated project has no lab 15 skeleton in src/main/java21'
assert new File(project, 'src/test/java21/org/example/kitchen/lab15/TenThousandCooksTest.java').isFile() :
        'the generated project has no lab 15 test in src/test/java21'

String jdk21 = binding.hasVariable('jdk21Home') ? jdk21Home : ''
boolean known = jdk21 && !jdk21.startsWith('${') && new File(jdk21, 'bin/java').canExecute()
if (known) {
    println "lab 15 is checked on the JDK 21+ at $jdk21"
    def oneLab = evaluate(new File(itScripts, 'OneLab.groovy'))
    def logs = oneLab(basedir, '15', 'lab15', 'fixedpool', /virtualCooks ran its 10,000 shifts on 8 platform thread\(s\), 8 at once at most: a pool of cooks taking turns, not 10,000 virtual cooks/, [folder: 'java21', javaHome: jdk21])
    assert logs.reference =~ /Kitchen check .* JDK (2[1-9]|[3-9]\d)/ : "the reference was not checked on a JDK 21+:\n$logs.reference"
    return true
}

// No JDK 21+ known: on this JDK the check says plainly that lab 15 cannot run here, and fails nothing.
println "no JDK 21+ known (KITCHEN_JDK21 unset): lab 15 is checked as SKIPPED on JDK ${Runtime.version().feature()}"
assert Runtime.version().feature() < 21 : 'Maven runs on a JDK 21+ here: set KITCHEN_JDK21 to it to check lab 15'
File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
File log = new File(basedir, 'check-skipped.log')
Process maven = new ProcessBuilder(new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-ntp',
        '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath".toString(), 'kitchen:check', '-Dlab=15',
        '-Dkitchen.tick=1s').directory(project)
        .tap { environment().put('MAVEN_OPTS', itMavenOpts) }.redirectErrorStream(true).redirectOutput(log).start()
assert maven.waitFor(10, TimeUnit.MINUTES) : 'kitchen:check -Dlab=15 did not end'
String text = log.getText('UTF-8')
assert maven.exitValue() == 0 : "a SKIPPED lab failed the build:\n$text"
assert text.readLines().any { it.contains('– 15 virtual') && it.contains('SKIPPED: this lab needs JDK 21 or newer') } :
        "lab 15 was not reported SKIPPED:\n$text"
// The tally is over the whole project, which has every lab's skeleton: the labs this JDK can run, lab 15 not among them.
int runnable = dev.kitchenlab.catalogue.LabCatalogue.all().count { it.minimumJdk() <= Runtime.version().feature() }
assert text.contains("0 of ${runnable} labs done") : "the summary did not count the labs that can run here:\n$text"
true
