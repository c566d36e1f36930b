// SIGTERM to the mvn process alone, while lab 02's kitchen and its two cook processes cook for ten minutes: Maven's
// shutdown stops them all, read from the process table (every process of the lab carries Maven's pid as its
// inspector in its environment).
File mvn = new File(System.getProperty('maven.home'), 'bin/mvn')
assert mvn.canExecute() : "no mvn at $mvn"
File settings = new File(basedir, 'settings.xml')
settings.text = new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl)
List<String> command = [mvn.path, '-B', '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath".toString(),
                       'kitchen:check', '-Dlab=02']
Process maven = new ProcessBuilder(command).directory(basedir).tap { environment().put('MAVEN_OPTS', itMavenOpts) }
        .redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'stopped.log')).start()

def lab = { ->
    def found = []
    new File('/proc').eachDir { process ->
        if (process.name ==~ /\d+/) {
            try {
                def environ = new String(new File(process, 'environ').bytes, 'UTF-8').split('\u0000') as List
                if (environ.contains("KITCHEN_INSPECTOR_PID=${maven.pid()}".toString())) {
                    found << process.name
                }
            } catch (IOException gone) {
            }
        }
    }
    found
}
try {
    long until = System.currentTimeMillis() + 60_000
    while (lab().size() < 3 && System.currentTimeMillis() < until) {
        Thread.sleep(200)
    }
    assert lab().size() == 3 : "the kitchen and its two cooks never ran: ${new File(basedir, 'stopped.log').text}"

    maven.destroy()   // SIGTERM, to Maven's JVM alone
    assert maven.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) : 'Maven did not stop'
    until = System.currentTimeMillis() + 10_000
    while (!lab().isEmpty() && System.currentTimeMillis() < until) {
        Thread.sleep(200)
    }
    assert lab().isEmpty() : "processes of the lab left after Maven was stopped: ${lab()}"
} finally {
    maven.destroyForcibly()
    lab().each { pid -> ProcessHandle.of(pid as long).ifPresent { it.destroyForcibly() } }
}
true
