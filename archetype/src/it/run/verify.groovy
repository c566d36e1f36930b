// kitchen:run through a generated project, as a student runs it: the kitchen's PID and the ps commands first, then
// the lab's output beside the ps view; and Ctrl-C in a real terminal (tmux) leaves no process of the run behind.
import java.util.concurrent.TimeUnit

File project = new File(basedir, 'my-kitchen')
File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
List<String> mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-ntp', '-s', settings.path,
                    "-Dmaven.repo.local=$localRepositoryPath".toString()]
def writeOver = evaluate(new File(itScripts, 'DropIn.groovy'))
def dropIn = { String lab ->
    writeOver(project, new File(labSources, "org/example/kitchen/$lab"), "org.example.kitchen.$lab", lab)
}

// invoker.properties: -Dlab=99 is refused, naming the labs there are and how to name one, and starts no kitchen (the
// one kitchen in build.log is lab 03's, run next); lab 03 as generated ends at the skeleton's todo(...), and the build
// says what to do next.
String invoked = new File(basedir, 'build.log').getText('UTF-8')
assert invoked.contains("-Dlab=99: there is no lab '99'") && invoked.contains('e.g. mvn kitchen:run -Dlab=03') :
        "-Dlab=99 was not refused clearly:\n$invoked"
assert invoked.count('runs in the kitchen PID') == 1 && invoked.contains('lab 03 cooks runs in the kitchen PID') :
        "a kitchen started for a lab that does not exist:\n$invoked"
assert invoked =~ /Lab not started: .+/ : "the skeleton's todo line is not shown:\n$invoked"
assert invoked =~ /(?m)^  ps │ +\d+ +\d+ .* kitchen$/ : "no view of a kitchen that ended within a second:\n$invoked"
assert invoked =~ (/the kitchen \d+ ended with exit code 3 after \d+\.\d s: lab 03 cooks is not started, its skeleton /
        + /reached a todo\(\.\.\.\) \(the line is above\); write that step, then run mvn kitchen:run -Dlab=03 /
        + /again, or ask mvn kitchen:hint -Dlab=03/) : "the untouched lab 03 did not fail as not started:\n$invoked"
assert invoked.contains("-Dkitchen.tick=soon: 'soon' is not a duration: write it as 500ms, 1s or 1.5s; "
        + 'e.g. mvn kitchen:run -Dkitchen.tick=1s') : "-Dkitchen.tick=soon was not refused clearly:\n$invoked"

// Lab 03 with a 1 s tick: ends on its own.
dropIn('lab03')
File log03 = new File(basedir, 'run-lab03.log')
Process run03 = new ProcessBuilder(mvn + ['kitchen:run', '-Dlab=03', '-Dkitchen.tick=1s']).directory(project)
        .tap { environment().put('MAVEN_OPTS', itMavenOpts) }.redirectErrorStream(true).redirectOutput(log03).start()
assert run03.waitFor(10, TimeUnit.MINUTES) : 'kitchen:run -Dlab=03 did not end'
List<String> lines = log03.readLines('UTF-8')
String all = lines.join('\n')
assert run03.exitValue() == 0 : "kitchen:run -Dlab=03 failed:\n$all"
int pidAt = lines.findIndexOf { it.contains('lab 03 cooks runs in the kitchen PID ') }
assert pidAt >= 0 : "no PID line:\n$all"
String pid = (lines[pidAt] =~ /kitchen PID (\d+)/)[0][1]
assert lines[pidAt + 1].contains("ps u -p $pid") && lines[pidAt + 1].contains("ps -T -p $pid") :
        "the ps commands do not follow the PID line:\n$all"
int firstOfTheLab = lines.findIndexOf { it.startsWith('  ps │') || it.startsWith('Hi ') }
assert firstOfTheLab > pidAt + 1 : "the lab's output or the view came before the PID and the commands:\n$all"
assert lines.any { it =~ /^  ps │ +$pid +\d+ .* kitchen$/ } : "no ps view line names the kitchen $pid:\n$all"
assert lines.any { it.startsWith('  ps │') && it.contains('PPID') && it.contains('THREADS') } :
        "no view header:\n$all"
['Kai', 'Tessa', 'Jess', 'Lucy'].each { name ->
    assert lines.count { it == "Hi $name!".toString() } == 1 : "the greeting of $name is not there once:\n$all"
}
assert all =~ /the kitchen $pid ended with exit code 0 after \d+\.\d s/ : "no exit code and time:\n$all"

// Lab 02 with the talk's 10 s tick in a terminal, stopped with Ctrl-C once its cooks show.
File tmux = ['/usr/bin/tmux', '/usr/local/bin/tmux', '/bin/tmux'].collect { new File(it) }.find { it.canExecute() }
if (tmux == null) {
    String why = 'the Ctrl-C test of kitchen:run needs tmux, and there is none here (apt-get install tmux)'
    assert System.getenv('CI') == null : why
    println "NOT TESTED: $why"
    return true
}
dropIn('lab02')
String socket = "kitchen-run-it-${ProcessHandle.current().pid()}"
def terminal = { List<String> args ->
    // The server this starts passes its environment on to the window's shell, and so to the Maven typed there.
    Process t = new ProcessBuilder([tmux.path, '-L', socket, '-f', '/dev/null'] + args).redirectErrorStream(true)
            .tap { environment().put('MAVEN_OPTS', itMavenOpts) }.start()
    String said = t.inputStream.getText('UTF-8')
    assert t.waitFor(30, TimeUnit.SECONDS) && t.exitValue() == 0 : "tmux $args failed: $said"
    said
}
def screenShows = { String what, Closure<Boolean> seen ->
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5)
    String screen = ''
    while (System.nanoTime() < until) {
        screen = terminal(['capture-pane', '-p', '-J', '-S', '-500', '-t', 'run'])
        if (seen(screen)) {
            return screen
        }
        Thread.sleep(500)
    }
    assert false : "the terminal never showed $what:\n$screen"
}
terminal(['new-session', '-d', '-s', 'run', '-x', '200', '-y', '50', '-c', project.path, 'bash --norc --noprofile -i'])
// Each run ends with a line naming its lab, so that one run's end is never taken for another's. The line may follow
// Maven's last words on the same line: after Ctrl-C, Maven's JVM can end in the middle of one.
def mvnInTerminal = { String lab ->
    String ended = "; echo \"mvn for lab $lab exited \$?\""
    terminal(['send-keys', '-t', 'run', (mvn + ['kitchen:run', "-Dlab=$lab", ended]).join(' '), 'Enter'])
}
def exited = { String lab, String s -> (s =~ /mvn for lab $lab exited \d+/).find() }
try {
    // Lab 01 reads the student's keyboard: what is typed in the terminal reaches the kitchen.
    dropIn('lab01')
    mvnInTerminal('01')
    screenShows('lab 01 asking for a name') { String s -> s.contains('Enter your name: ') }
    terminal(['send-keys', '-t', 'run', 'Tessa', 'Enter'])
    String typed = screenShows('lab 01 ending') { String s -> exited('01', s) }
    assert typed.contains('Hi Tessa!') && typed.contains('mvn for lab 01 exited 0') :
            "the keyboard did not reach lab 01:\n$typed"

    mvnInTerminal('02')
    String running = screenShows('the ps view with two cooks under the kitchen') { String s ->
        s.readLines().count { it =~ /^  ps │ .* └ cook$/ } >= 2
    }
    String kitchen = (running =~ /lab 02 kitchens runs in the kitchen PID (\d+), a tick of 10s/)[0][1]
    assert running.readLines().findAll { it =~ /^  ps │ .* └ cook$/ }.every { it =~ /^  ps │ +\d+ +$kitchen / } :
            "the cooks are not shown under the kitchen $kitchen:\n$running"
    terminal(['send-keys', '-t', 'run', 'C-c'])
    String stopped = screenShows('mvn ending after Ctrl-C') { String s -> exited('02', s) }
    new File(basedir, 'terminal-after-ctrl-c.txt').setText(stopped, 'UTF-8')
    assert stopped.contains('stopped: the kitchen and every process under it') : "Ctrl-C was not told:\n$stopped"
    Process ps = new ProcessBuilder('ps', '-eo', 'pid,sid,stat,args').redirectErrorStream(true).start()
    List<String> table = ps.inputStream.readLines('UTF-8')
    ps.waitFor()
    List<String> left = table.drop(1).findAll { String row ->
        List<String> cols = row.trim().split(/\s+/, 4) as List
        !cols[2].startsWith('Z') && (cols[1] == kitchen || cols[0] == kitchen
                || cols[3].contains('java') && cols[3].contains(new File(project, 'target/classes').path))
    }
    assert left.isEmpty() : "Ctrl-C left processes of the run (kitchen $kitchen):\n${left.join('\n')}\n$stopped"
} finally {
    // The server leaves its socket behind when killed: removed too, so that runs of this IT do not pile them up.
    File socketFile = new File(terminal(['display-message', '-p', '-t', 'run', '#{socket_path}']).trim())
    terminal(['kill-server'])
    socketFile.delete()
}
true
