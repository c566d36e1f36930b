// The generated project is exactly the templates this archetype ships (target/classes/archetype-resources), with
// the student's coordinates filled in and nothing else changed: a Markdown heading eaten by Velocity (## is its
// comment), a lost .gitignore or a stray file fails here. Derived from the templates, so a new lab needs no copy.
import java.nio.file.Files
import java.nio.file.Path

// The archetype's IT runs this with basedir (this folder) and context.projectDir (the generated project).
Path generated = context.projectDir.toPath()
Path templates = basedir.toPath().resolve('../../../classes/archetype-resources').normalize()
assert Files.isDirectory(templates) : "no templates at $templates"

Properties coordinates = new Properties()
new File(basedir, 'archetype.properties').withReader('UTF-8') { coordinates.load(it) }
String packagePath = coordinates.package.replace('.', '/')

Map<String, String> expected = [:]
Files.walk(templates).filter { Files.isRegularFile(it) }.each { Path template ->
    String relative = templates.relativize(template).toString().replace('\\', '/')
    String text = new String(Files.readAllBytes(template), 'UTF-8')
    def packaged = relative =~ /^(src\/(?:main|test)\/java(?:21)?\/)(.*)$/
    if (packaged.matches()) {
        // Java sources are filtered and packaged: they move under the student's package, which Velocity fills in.
        expected[packaged.group(1) + packagePath + '/' + packaged.group(2)] = text.replace('${package}', coordinates.package)
    } else if (relative == 'pom.xml') {
        expected[relative] = text.replace('${groupId}', coordinates.groupId).replace('${artifactId}', coordinates.artifactId)
                .replace('${version}', coordinates.version)
    } else if (relative.endsWith('.launch')) {
        // Eclipse's launch files are filtered to name the project: Velocity fills in the artifactId and drops the
        // #[[ ]]# that keep Eclipse's own variables from it.
        expected[relative] = text.replace('${artifactId}', coordinates.artifactId).replace('#[[', '').replace(']]#', '')
    } else {
        // README, .gitignore and IntelliJ's run configurations are copied as they are.
        expected[relative] = text
    }
}

Map<String, String> actual = [:]
Files.walk(generated).filter { Files.isRegularFile(it) }.each { Path file ->
    String relative = generated.relativize(file).toString().replace('\\', '/')
    // What the IT itself adds: its build log and the output of its test-compile.
    if (relative != 'build.log' && !relative.startsWith('target/')) {
        actual[relative] = new String(Files.readAllBytes(file), 'UTF-8')
    }
}

assert expected.containsKey('.gitignore') && expected.containsKey('README.md') : "the templates lost a file: ${expected.keySet()}"
assert actual.keySet() == expected.keySet() : "missing: ${expected.keySet() - actual.keySet()}, unexpected: ${actual.keySet() - expected.keySet()}"
expected.each { relative, text ->
    String lines = actual[relative].normalize()
    assert lines == text.normalize() : "$relative differs from its template: the first differing line is " +
            "${[lines.readLines(), text.normalize().readLines()].transpose().find { it[0] != it[1] }}"
}
assert actual['pom.xml'].contains("<groupId>${coordinates.groupId}</groupId>") : 'the pom lost the student\'s groupId'
assert actual['README.md'].readLines().any { it.startsWith('## ') } : 'the README lost its headings'
assert actual['kitchen-check.launch'].contains('${workspace_loc:/' + coordinates.artifactId + '}') : 'the Eclipse launch does not name the project'
