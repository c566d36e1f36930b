// The project as generated, with one wrong solution of each lab in Wrong.groovy over its skeleton, in the project's
// package.
def wrong = evaluate(new File(basedir, 'Wrong.groovy'))
File project = evaluate(new File(itScripts, 'Generated.groovy'))(basedir)
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
wrong.each { label, row ->
    String segment = "lab$label"
    dropIn(project, new File(labSources, "students/${row[0]}/$segment"), "students.${row[0]}.$segment", segment)
}
true
