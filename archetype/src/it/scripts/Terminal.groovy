// Shared by the ITs that drive a goal in a terminal as a student would (kitchen:watch, kitchen:run): a tmux session
// of a fixed size stands in for the student's terminal window. Evaluated from a verify.groovy, it returns a closure
// that starts `command` in `dir` and gives back what the script needs: screen() reads the window and its scrollback,
// waitFor(pattern, seconds) waits until the screen matches, keys(...) types, and close() ends the session. Without
// tmux the closure returns null, after saying so; under CI (the CI variable set, and not to false) a missing tmux fails the IT instead.
import java.util.concurrent.TimeUnit

return { File dir, List<String> command, File transcript ->
    def tmuxFound = ['/usr/bin/tmux', '/usr/local/bin/tmux', '/bin/tmux'].find { new File(it).canExecute() }
    if (tmuxFound == null) {
        String missing = 'tmux is not installed, so the terminal test of this goal did not run (apt-get install tmux)'
        assert System.getenv('CI') in [null, '', 'false'] : missing
        println "WARNING: $missing"
        return null
    }
    String session = "kitchen-it-${ProcessHandle.current().pid()}-${System.nanoTime()}"
    def tmux = { List<String> args ->
        Process process = new ProcessBuilder([tmuxFound] + args).redirectErrorStream(true).start()
        String said = process.inputStream.getText('UTF-8')
        assert process.waitFor(30, TimeUnit.SECONDS) : "tmux ${args} did not end"
        [exit: process.exitValue(), out: said]
    }
    // The window stays open once the command ends, so its last screen can still be read.
    // The Maven it starts runs with the ITs' Maven options (itMavenOpts), as the invoker's own do.
    String shell = (['env', "MAVEN_OPTS=$itMavenOpts".toString()] + command)
            .collect { "'" + it.replace("'", "'\\''") + "'" }.join(' ') + '; echo "COMMAND ENDED $?"; sleep 600'
    def started = tmux(['new-session', '-d', '-s', session, '-x', '200', '-y', '50', '-c', dir.path, shell])
    assert started.exit == 0 : "tmux could not start a session: $started.out"
    def terminal = [:]
    terminal.screen = {
        String text = tmux(['capture-pane', '-p', '-J', '-t', session, '-S', '-5000']).out
        transcript.setText(text, 'UTF-8')
        text
    }
    terminal.waitFor = { pattern, int seconds ->
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
        while (System.nanoTime() < until) {
            def found = (terminal.screen() =~ pattern)
            if (found.find()) {
                return found
            }
            Thread.sleep(200)
        }
        assert false : "after ${seconds} s the terminal still shows no /$pattern/; it shows:\n${terminal.screen()}"
    }
    terminal.keys = { String... keys -> tmux(['send-keys', '-t', session] + (keys as List)) }
    terminal.close = { tmux(['kill-session', '-t', session]) }
    terminal
}
