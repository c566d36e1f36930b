// The project as generated, with the kit's reference solutions (the engine tests' sources, package
// org.example.kitchen) over the skeletons they replace: the same file names, so each solution replaces its skeleton.
File project = evaluate(new File(itScripts, 'Generated.groovy'))(basedir)
File solutions = new File(labSources, 'org/example/kitchen')
def dropIn = evaluate(new File(itScripts, 'DropIn.groovy'))
solutions.eachDir { lab -> dropIn(project, lab, "org.example.kitchen.$lab.name", lab.name) }
true
