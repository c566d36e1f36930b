// Shared by the untouched and solved ITs: what Eclipse would show on the generated project. There is no IDE on the
// build machines, so its compiler stands in: ECJ (org.eclipse.jdt:ecj, on this module's test classpath) compiles the
// release-17 source folders, src/main/java and src/test/java, with --release 17 and the project's own test classpath
// (written by dependency:build-classpath, an earlier step of the IT). No -warn option is given, so ECJ reports its
// default warnings, the set a fresh Eclipse workspace shows (unused imports, locals and private members, raw types,
// unchecked conversions, dead code, deprecation, …).
// Evaluated from a verify.groovy, it returns the closure that does this: given the project and an optional edit of
// each Java source (the folders are copied first, so the project itself is never changed), it returns ECJ's problems
// as [severity, file, line, message, source] maps.
import org.eclipse.jdt.core.compiler.batch.BatchCompiler

return { File project, Closure<String> edit = null ->
    File classpath = new File(project, 'target/test-classpath.txt')
    assert classpath.isFile() : "dependency:build-classpath wrote no $classpath: the IT runs it before this check"

    File sources = new File(project, 'target/ecj-sources')
    sources.deleteDir()
    List<String> folders = ['src/main/java', 'src/test/java'].collect { String folder ->
        File from = new File(project, folder)
        assert from.isDirectory() : "the generated project has no $folder"
        File to = new File(sources, folder)
        from.eachFileRecurse(groovy.io.FileType.FILES) { File source ->
            File copy = new File(to, from.toPath().relativize(source.toPath()).toString())
            copy.parentFile.mkdirs()
            String text = source.getText('UTF-8')
            copy.setText(edit != null && source.name.endsWith('.java') ? edit(text) : text, 'UTF-8')
        }
        to.path
    }

    StringWriter out = new StringWriter()
    List<String> args = ['--release', '17', '-encoding', 'UTF-8', '-d', 'none', '-proceedOnError',
                         '-cp', classpath.getText('UTF-8').trim()] + folders
    BatchCompiler.compile(args as String[], new PrintWriter(out), new PrintWriter(out), null)

    // ECJ's report: "1. WARNING in /path/File.java (at line 5)", the source line, a caret line, the message, a rule.
    List<String> lines = out.toString().readLines()
    List<Map> problems = []
    lines.eachWithIndex { String line, int i ->
        def head = line =~ /^\d+\. (WARNING|ERROR|INFO) in (.+?) \(at line (\d+)\)$/
        if (head.find()) {
            problems << [severity: head.group(1), file: sources.toPath().relativize(new File(head.group(2)).toPath()).toString(),
                         line: head.group(3) as int, source: lines[i + 1]?.trim(), message: lines[i + 3]?.trim()]
        }
    }
    assert problems || !(out.toString() =~ /\d+ problems?/) : "ECJ reported problems this script could not read:\n$out"
    assert problems || !out.toString().trim() : "ECJ printed something other than problems:\n$out"
    problems
}
