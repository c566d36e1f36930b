// mvn kitchen:check at a terminal, in tmux: a live line names the running lab and is gone before its verdict, the
// verdict's mark and label are coloured as one (a search for "✘ 03" still finds them), and NO_COLOR keeps the kit's
// lines plain but the live line. Without tmux there is no terminal to try, and this says so.
import java.util.concurrent.TimeUnit

if (['sh', '-c', 'command -v tmux'].execute().waitFor() != 0) {
    println 'console-tty: no tmux on this machine, the terminal was not tried'
    return true
}
File mvn = new File(System.getProperty('maven.home'), 'bin/mvn')
File settings = new File(basedir, 'settings.xml')
settings.text = new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl)
String socket = "kitchen-console-it-${ProcessHandle.current().pid()}"

def tmux = { List<String> args -> (['tmux', '-L', socket] + args).execute().text }
def screen = { boolean escapes -> tmux(['capture-pane', '-p', '-J'] + (escapes ? ['-e'] : []) + ['-t', 'check']) }

/** Runs the check in a terminal with {@code environment}; the live lines seen while it ran, and the last screen. */
def check = { String environment ->
    // Not offline: the check resolves the project's runtime dependencies (slf4j-nop), which the invoker's compile step
    // never fetched into the ITs' shared repository. Offline, it found them only when another IT had fetched them
    // first, and otherwise failed before any lab ran ("no live line", 2026-11-30).
    String command = "cd '${basedir}' && env MAVEN_OPTS='${itMavenOpts}' ${environment} '${mvn}' -s '${settings}'" +
            " -Dmaven.repo.local='${localRepositoryPath}' kitchen:check -Dlab=03; echo KITCHEN-EXIT=\$?; sleep 300"
    tmux(['new-session', '-d', '-s', 'check', '-x', '220', '-y', '60', command])
    Set<String> live = new LinkedHashSet<>()
    long started = System.currentTimeMillis()
    long until = started + 180_000
    String shown = ''
    // When each screen was read and its last line that is not blank: what the assertions below saw, for a failure.
    List<String> trace = []
    while (!shown.contains('KITCHEN-EXIT=') && System.currentTimeMillis() < until) {
        Thread.sleep(200)
        shown = screen(false)
        live.addAll(shown.readLines().findAll { it.contains('⋯') }*.trim())
        trace << "${System.currentTimeMillis() - started} ms: ${shown.readLines().findAll { !it.isBlank() }.with { it ? it.last() : '' }}"
    }
    new File(basedir, "screens-${environment.contains('NO_COLOR') ? 'plain' : 'colour'}.txt").text = trace.join('\n') +
            '\n\nthe last screen:\n' + shown
    String coloured = screen(true)
    tmux(['kill-session', '-t', 'check'])
    assert shown.contains('KITCHEN-EXIT=1') && shown.contains('✘ 03 cooks') :
            "the check did not end as a failure of lab 03:\n$shown"
    [live: live, plain: shown, coloured: coloured]
}

try {
    def colour = check('TERM=xterm-256color')
    assert colour.live.any { it ==~ /⋯ 03 cooks  running \d+ s \(\d+ ticks?\)/ } :
            "no live line: ${colour.live} (each screen read: screens-colour.txt); the last screen:\n${colour.plain}"
    assert !colour.plain.readLines().any { it.contains('⋯') } : "the live line was left on the screen:\n${colour.plain}"
    assert colour.coloured =~ /\u001B\[[0-9;]*m✘ 03 cooks/ : "the verdict's mark is not coloured:\n${colour.coloured}"
    assert colour.coloured.contains('✘ 03') : 'the colour split the mark from the label'

    def plain = check('TERM=xterm-256color NO_COLOR=1')
    assert !plain.live.isEmpty() : 'NO_COLOR took the live line away as well'
    assert plain.coloured.contains('] ✘ 03 cooks ') && !(plain.coloured =~ /\u001B\[[0-9;]*m✘/) :
            "NO_COLOR left the verdict coloured:\n${plain.coloured}"
} finally {
    tmux(['kill-server'])
}
true
