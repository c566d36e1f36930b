// Stages one wrong solution of each lab (Wrong.groovy) in the project's package, for the drop-in step that puts them
// over the skeletons of the project the IT generates first.
def wrong = evaluate(new File(basedir, 'Wrong.groovy'))
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
wrong.each { label, row ->
    String segment = "lab$label"
    dropIn(basedir, 'wrong-sources', new File(labSources, "students/${row[0]}/$segment"), "students.${row[0]}.$segment",
            segment)
}
true
