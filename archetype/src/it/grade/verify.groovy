// A teacher binds kitchen:grade in the student's pom and runs mvn verify. Labs 02 and 03 hold their reference
// solutions; the build runs only their JUnit tests (-Dtest), so grade takes their verdicts and runs every other lab
// itself, once: the untouched ones fail, and so does the build. Every lab has its report, and none ran twice.
import java.util.concurrent.TimeUnit

File project = new File(basedir, 'my-kitchen')
File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
File pom = new File(project, 'pom.xml')
String bound = pom.getText('UTF-8').replace('<version>${kitchen.version}</version>\n      </plugin>',
        '<version>${kitchen.version}</version>\n        <executions><execution><goals><goal>grade</goal></goals>'
                + '</execution></executions>\n      </plugin>')
assert bound != pom.getText('UTF-8') : "the generated pom's kitchen plugin was not found to bind grade to"
pom.setText(bound, 'UTF-8')
['lab02': 'ManyKitchens', 'lab03': 'ManyCooks'].each { lab, name ->
    new File(project, "src/main/java/org/example/kitchen/$lab/${name}.java").setText(
            new File(labSources, "org/example/kitchen/$lab/${name}.java").getText('UTF-8'), 'UTF-8')
}

File log = new File(basedir, 'verify.log')
Process maven = new ProcessBuilder(new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-ntp',
        '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath".toString(), 'verify', '-Dkitchen.tick=1s',
        '-Dtest=ManyKitchensTest,ManyCooksTest', '-Dmaven.test.failure.ignore=true')
        .directory(project)
        .tap { environment().put('MAVEN_OPTS', itMavenOpts) }.redirectErrorStream(true).redirectOutput(log).start()
assert maven.waitFor(15, TimeUnit.MINUTES) : 'mvn verify did not end'
String said = log.getText('UTF-8')
assert maven.exitValue() != 0 && said.contains('BUILD FAILURE') : "untouched labs were graded, yet the build passed:\n$said"
String graded = said.substring(said.indexOf('kitchen-maven-plugin:'))
assert graded.contains(':grade (default) @ my-kitchen') : "grade did not run bound to the build:\n$said"

def lines = graded.readLines()
['02 kitchens', '03 cooks'].each { label ->
    String line = lines.find { it =~ /[✔?] $label / }
    assert line != null && line.contains('judged by its JUnit test earlier in this build') :
            "grade did not take lab $label's verdict from its test: $line"
}
String untouched = lines.find { it.contains('✘ 04 quiz ') }
assert untouched != null && !untouched.contains('judged by its JUnit test') : "grade did not run lab 04 itself"
assert graded =~ /lab\(s\) failed: 01 ps \(FAIL\), 04 quiz \(FAIL\)/ : 'the build failure does not name the failed labs'

// Each lab ran once: one run folder each, but a lab a busy machine left INCONCLUSIVE runs again on its own.
File kitchen = new File(project, 'target/kitchen')
(1..14).collect { String.format('lab%02d', it) }.each { lab ->
    File report = new File(kitchen, "TEST-kitchen.${lab}.xml")
    assert report.isFile() : "$lab has no test report"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    String verdict = suite.properties.property.find { it.@name.text() == 'kitchen.verdict' }.@value.text()
    int runs = new File(kitchen, lab).listFiles().count { it.name.startsWith('run-') }
    assert runs == 1 || verdict == 'INCONCLUSIVE' || (lab in ['lab02', 'lab03'] && runs <= 3) :
            "$lab ran $runs times in one build (its verdict: $verdict)"
}
true
