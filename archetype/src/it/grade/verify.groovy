// A teacher binds kitchen:grade in the student's pom and runs mvn verify (prebuild.groovy, invoker.properties). Labs 02
// and 03 hold their reference solutions; the build runs only their JUnit tests (-Dtest), so grade takes their verdicts
// and runs every other lab itself, once: the untouched ones fail, and so does the build. Every lab has its report, and
// none ran twice.
File project = new File(basedir, 'my-kitchen')
String said = new File(basedir, 'build.log').getText('UTF-8')
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
