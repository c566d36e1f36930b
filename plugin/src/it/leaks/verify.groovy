// A fork bomb and processes left behind: each lab fails with its own message, Maven ends with BUILD FAILURE (not a
// crash of the kit), no process of either run is left on the machine (read from the process table), the student's
// files are byte for byte as they were, and each run's result was written whole.
import dev.kitchenlab.catalogue.LabCatalogue
import java.security.MessageDigest

String log = new File(basedir, 'build.log').getText('UTF-8')
def kitchens = LabCatalogue.select('02')[0]
def cooks = LabCatalogue.select('03')[0]

assert log =~ /\[ERROR\] ✘ ${kitchens.label()} .*FAIL: \d+ processes were running under the kitchen at once, and this lab allows ${kitchens.mostProcesses()}: a fork bomb/
// Each is named by what it ran when the kit stopped it: a shell's child on its way to sleep is still sh a moment.
String leftover = /(?:sleep|sh|setsid) \(pid \d+\)/
assert log =~ /\[ERROR\] ✘ ${cooks.label()} .*FAIL: 2 processes started by your kitchen outlived it: $leftover, $leftover; the kit stopped them/
assert log.contains("2 lab(s) failed: ${kitchens.label()} (FAIL), ${cooks.label()} (FAIL)")
assert log.contains('BUILD FAILURE') && log.contains('Total time:') : 'Maven did not end as a failed build'
assert !log.contains('MojoExecutionException') : 'the kit reported itself broken'

// The process table, not the kit's word: no sleep of the fixtures, no process carrying the mark of either run. A sleep
// counts by its command line only in this project's folder, where the fixtures' sleeps run: the ITs run side by side,
// and console-tty's terminal ends in a sleep 300 of its own.
def marks = []
['lab02', 'lab03'].each { lab ->
    new File(basedir, "target/kitchen/$lab").eachDir { run ->
        assert new File(run, 'result.txt').isFile() : "the run $run.name has no result"
        marks << "KITCHEN_RUN=$lab-$run.name"
    }
}
assert marks.size() == 2 : "expected one run of each lab, found $marks"
def left = []
new File('/proc').eachDir { process ->
    if (process.name ==~ /\d+/) {
        try {
            def cmdline = new File(process, 'cmdline').bytes.collect { it == 0 ? ' ' : (char) it }.join()
            def environ = new String(new File(process, 'environ').bytes, 'UTF-8').split('\u0000') as List
            String folder = new File(process, 'cwd').canonicalPath
            boolean fixtureSleep = cmdline ==~ /sleep (60|300|301) / && folder.startsWith(basedir.canonicalPath)
            if (fixtureSleep || environ.any { it in marks }) {
                left << "${process.name}: $cmdline"
            }
        } catch (IOException gone) {
        }
    }
}
assert left.isEmpty() : "processes of the labs left running: $left"

File sources = new File(basedir, 'src')
def sums = []
sources.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    String sum = MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    sums << "${sources.toPath().relativize(file.toPath())} $sum"
}
assert sums.sort().join('\n') == new File(basedir, 'sources.sha256').text : 'the student\'s sources changed'
true
