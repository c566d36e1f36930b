// Shared by the ITs that drop lab sources into the project they generate (wrong-solutions, lab15). Evaluated from an
// IT's pre-build script, it returns the closure that stages one lab's sources in the IT's folder, under <staged>/, in
// the generated project's package, and puts the drop-in step's pom (drop-in/pom.xml) beside them; an invoker step
// (`validate -Dstaged=<staged>`, project drop-in) then copies them over the skeletons once the project is generated.
// The staging is quick; the Maven runs are the IT's steps, not its scripts': the invoker runs one IT script at a time.
return { File itDir, String staged, File from, String fromPackage, String packageSegment ->
    List<File> sources = (from.listFiles() ?: []).findAll { it.name.endsWith('.java') }
    assert sources : "no solution at $from"
    File to = new File(itDir, "$staged/org/example/kitchen/$packageSegment")
    to.mkdirs()
    sources.each { source ->
        new File(to, source.name).setText(source.getText('UTF-8')
                .replace("package ${fromPackage};", "package org.example.kitchen.${packageSegment};"), 'UTF-8')
    }
    File step = new File(itDir, 'drop-in/pom.xml')
    step.parentFile.mkdirs()
    step.bytes = new File(itScripts, 'drop-in/pom.xml').bytes
}
