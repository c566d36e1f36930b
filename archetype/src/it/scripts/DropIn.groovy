// Shared by the ITs that put the engine tests' lab sources into their copy of the generated project (solved,
// wrong-solutions, lab15, grade): evaluated from a pre-build script, it returns the closure that writes one lab's
// sources over its skeleton, in the project's package. A pre-build script's work, quick: the invoker runs one IT
// script at a time, so the Maven runs are the ITs' steps.
return { File project, File from, String fromPackage, String packageSegment, String folder = 'java' ->
    List<File> sources = (from.listFiles() ?: []).findAll { it.name.endsWith('.java') }
    assert sources : "no lab sources at $from"
    File to = new File(project, "src/main/$folder/org/example/kitchen/$packageSegment")
    assert to.isDirectory() : "the generated project has no lab folder $to"
    sources.each { source ->
        new File(to, source.name).setText(source.getText('UTF-8')
                .replace("package ${fromPackage};", "package org.example.kitchen.${packageSegment};"), 'UTF-8')
    }
}
