// In the project just generated, one of the engine tests' wrong solutions of each lab replaces its skeleton; one
// kitchen:check of the whole project must then fail, each of those labs with its own diagnosis, and none of them
// break the kit. One project and one check for every lab, not one of each per lab, so that a new lab costs this IT
// a few seconds, not half a minute. Labs 02 and 03 stay skeletons here (the plugin's failing-lab IT judges their wrong
// solutions), and lab 15, which needs a JDK 21+, has an IT of its own.
import java.util.concurrent.TimeUnit

// lab → [the wrong solution (labs/src/test/java/students/<name>/labNN), its diagnosis]
def wrong = [
    '01': ['parentpid', /PID \d+ is your kitchen's parent/],
    '04': ['taketurns', /ceil\(4 \/ 2\) = 2; you predicted 4/],
    '05': ['seconds', /about a thousand times too small/],
    '06': ['threadasprocess', /runProcess started a thread, not a process/],
    '07': ['copiedpantry', /the threads copied the pantry/],
    '08': ['escapes', /your kitchen let CookFailedException escape/],
    '09': ['volatilecount', /lost updates in \d+ of \d+ rounds, .*your counter DishCounter\.served is volatile/],
    '10': ['opposite', /round \d+ hung in a deadlock: Cook A holds the knife and waits for the board at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookA\(KnifeAndBoard\.java:\d+\), held by Cook B, who waits for the knife at org\.example\.kitchen\.lab10\.KnifeAndBoard\.cookB\(KnifeAndBoard\.java:\d+\)/],
    '11': ['polite', /round 1 livelocked: no dish was cooked for \d+\.\d s while the pan changed hands [\d,]+ times and the kitchen burnt (\d+\.\d s|\d+ ms) of CPU, so the kit stopped the kitchen and ran no later round; Cook [AB] was runnable at org\.example\.kitchen\.lab11\.PoliteCooks\.cook\(PoliteCooks\.java:\d+\)/],
    '12': ['greedy', /a cook starved in \d+ of \d+ shifts, cooking less than a quarter of an equal share: in shift \d+ Cook \d cooked [\d,]+ dishes while Greedy cook cooked [\d,]+/],
    '13': ['plain', /round \d+: Cook A never saw the stop flag: \d+\.\d s after it was set it was still spinning at org\.example\.kitchen\.lab13\.ClosingTime\.cook\(ClosingTime\.java:\d+\); `ClosingTime\.stop` is not volatile, so the JIT may read it once and keep the value in a register; the kit stopped the kitchen and ran no later round/],
    '14': ['separately', /oversold in [1-9]\d* of \d+ rounds, worst round [\d,]+ portions? too many \(round \d+, \d of the 8 dishes\): never more than 1 too many of one dish and the books right, so each step was safe alone; but between a cook's look at the shelf and its take the other cook took the last portion/],
]

// Every lab of the catalogue that runs on this JDK is here, or said above why not: a new lab needs its row.
def catalogue = dev.kitchenlab.catalogue.LabCatalogue.all()
        .findAll { it.minimumJdk() <= 17 }.collect { it.id() } as Set
assert catalogue - ['02', '03'] == wrong.keySet() : "labs without a wrong solution here: ${catalogue - ['02', '03'] - wrong.keySet()}"

File project = new File(basedir, 'my-kitchen')
File sources = new File(labSources)
wrong.each { label, row ->
    String segment = "lab$label"
    File lab = new File(project, "src/main/java/org/example/kitchen/$segment")
    File from = new File(sources, "students/${row[0]}/$segment")
    assert lab.isDirectory() : "the generated project has no $lab"
    assert from.isDirectory() : "no wrong solution at $from"
    from.eachFileMatch(~/.*\.java/) { source ->
        new File(lab, source.name).setText(source.getText('UTF-8')
                .replace("package students.${row[0]}.$segment;", "package org.example.kitchen.$segment;"), 'UTF-8')
    }
}

File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
File log = new File(basedir, 'check.log')
Process maven = new ProcessBuilder(new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-ntp',
        '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath".toString(), 'kitchen:check',
        '-Dkitchen.tick=1s').directory(project)
        .tap { environment().put('MAVEN_OPTS', itMavenOpts) }.redirectErrorStream(true).redirectOutput(log).start()
assert maven.waitFor(15, TimeUnit.MINUTES) : 'kitchen:check of the wrong solutions did not end'
String text = log.getText('UTF-8')
assert maven.exitValue() != 0 : "the wrong solutions passed the build:\n$text"
assert !(text =~ /(CRASH|ERROR|TIMEOUT): /) : "a wrong solution broke the kit:\n$text"
List<String> lines = text.readLines()
def undiagnosed = wrong.findAll { label, row ->
    String line = lines.find { it.contains("✘ $label ") }
    line == null || !(line =~ row[1])
}
assert undiagnosed.isEmpty() : "labs without their diagnosis: ${undiagnosed.keySet()}:\n$text"
true
