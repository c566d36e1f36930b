// kitchen:watch driven in a terminal. The screen shows: lab 03's reference, saved just before, checked first as the
// current lab, then the watch waiting; lab 02 saved broken, named by file and line, while lab 03, saved again, is
// still checked; then Ctrl-C while lab 02's kitchen and cook processes run, after which nothing of the project is
// left running.
import java.util.concurrent.TimeUnit

File project = new File(basedir, 'my-kitchen')
File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
File labs = new File(project, 'src/main/java/org/example/kitchen')
File solutions = new File(labSources, 'org/example/kitchen')
def reference = { String lab, String name -> new File(solutions, "$lab/${name}.java").getText('UTF-8') }
// The processes of this project's kitchens and cooks: their classpath starts at its classes.
String classes = new File(project, 'target/classes').canonicalPath
def running = {
    Process ps = new ProcessBuilder('ps', '-eo', 'pid=,args=').redirectErrorStream(true).start()
    List<String> lines = ps.inputStream.readLines('UTF-8').findAll { it.contains(classes) && !it.contains('ps -eo') }
    ps.waitFor(10, TimeUnit.SECONDS)
    lines
}

// Lab 03's reference is written before the watch starts, so -Dlab=current names it and the watch checks it first.
new File(labs, 'lab03/ManyCooks.java').setText(reference('lab03', 'ManyCooks'), 'UTF-8')
def terminal = evaluate(new File(itScripts, 'Terminal.groovy'))(project, [
        new File(System.getProperty('maven.home'), 'bin/mvn').path, '-ntp', '-s', settings.path,
        "-Dmaven.repo.local=$localRepositoryPath".toString(), 'kitchen:watch', '-Dkitchen.tick=1s', '-Dlab=current'],
        new File(basedir, 'terminal.txt'))
if (terminal == null) {
    return true
}
try {
    terminal.waitFor(/-Dlab=current: lab 03 cooks, whose file you saved last/, 300)
    terminal.waitFor(/Compiled 14 folders (.*\n)*.*0 of 14 labs done; next: lab 01/, 60)
    terminal.waitFor(/[✔?] 03 cooks .*\n(.*\n)*.*Waiting for a save/, 120)
    assert terminal.screen() =~ /report: target.kitchen.index\.html/ : 'the watch does not say where the page is'

    File broken = new File(labs, 'lab02/ManyKitchens.java')
    broken.setText(broken.getText('UTF-8').replace('public static void main(String[] args) {',
            'public static void main(String[] args) { int cooks = ;'), 'UTF-8')
    terminal.waitFor(/lab02 does not compile \(1 error\)/, 60)
    terminal.waitFor(/src\/main\/java\/org\/example\/kitchen\/lab02\/ManyKitchens\.java:\d+:\d+: illegal start of expression/, 10)

    new File(labs, 'lab03/ManyCooks.java').append('\n// saved again\n', 'UTF-8')
    terminal.waitFor(/lab03 compiled in/, 60)
    terminal.waitFor(/[✔?] 03 cooks (.*\n)*.*[✔?] 03 cooks/, 120)

    // Lab 02's reference starts a cook process per CPU for 2 ticks: Ctrl-C comes while they run.
    broken.setText(reference('lab02', 'ManyKitchens'), 'UTF-8')
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120)
    while (running().size() < 2 && System.nanoTime() < until) {
        Thread.sleep(100)
    }
    assert running().size() >= 2 : "lab 02's kitchen and cooks never ran:\n${terminal.screen()}"
    terminal.keys('C-c')
    terminal.waitFor(/COMMAND ENDED/, 60)
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
    while (!running().isEmpty() && System.nanoTime() < until) {
        Thread.sleep(100)
    }
    assert running().isEmpty() : "after Ctrl-C these are still running:\n${running().join('\n')}"
} finally {
    terminal.close()
}
true
