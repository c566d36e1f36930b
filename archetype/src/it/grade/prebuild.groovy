// The project as generated, with kitchen:grade bound in its pom as a teacher binds it, and the reference solutions of
// labs 02 and 03 in.
File project = evaluate(new File(itScripts, 'Generated.groovy'))(basedir)
File pom = new File(project, 'pom.xml')
String bound = pom.getText('UTF-8').replace('<version>${kitchen.version}</version>\n      </plugin>',
        '<version>${kitchen.version}</version>\n        <executions><execution><goals><goal>grade</goal></goals>'
                + '</execution></executions>\n      </plugin>')
assert bound != pom.getText('UTF-8') : "the generated pom's kitchen plugin was not found to bind grade to"
pom.setText(bound, 'UTF-8')
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
['lab02', 'lab03'].each { lab ->
    dropIn(project, new File(labSources, "org/example/kitchen/$lab"), "org.example.kitchen.$lab", lab)
}
true
