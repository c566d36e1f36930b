// Untouched, every lab of the catalogue is reported as not started in the generated project, naming its first step,
// and the check fails the build the way a failing lab does: no crash, no ERROR verdict, no broken kit. Each lab's
// JUnit test fails too, with the message kitchen:check printed.
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')

def runnable = LabCatalogue.all().findAll { it.minimumJdk() <= Runtime.version().feature() }
runnable.each { lab ->
    def line = log.readLines().find { it.contains("✘ ${lab.label()} ") }
    assert line != null : "kitchen:check printed no failing line for lab ${lab.label()}"
    def verdict = line =~ /FAIL: (lab not started: .*)$/
    assert verdict.find() : "kitchen:check did not report lab ${lab.label()} as not started: $line"
    // The student's line in both forms consoles link: the stack frame (IntelliJ, Eclipse) and path:line (terminals).
    def frame = line =~ /at org\.example\.kitchen\.${lab.packageSegment()}\.${lab.mainClass()}\.\w+\(${lab.mainClass()}\.java:(\d+)\)/
    assert frame.find() : "the verdict of lab ${lab.label()} names no stack frame in the lab's class: $line"
    List<String> lines = log.readLines()
    String lookAt = lines.drop(lines.indexOf(line)).find { it.contains('look at:') }
    assert lookAt?.endsWith("look at:  src/main/java/org/example/kitchen/${lab.packageSegment()}/${lab.mainClass()}.java:${frame.group(1)}") :
            "the look-at line of lab ${lab.label()} does not name the frame's line ${frame.group(1)}: $lookAt"

    String test = "${lab.packageSegment()}.${lab.mainClass()}Test"
    File report = new File(basedir, "my-kitchen/target/surefire-reports/TEST-org.example.kitchen.${test}.xml")
    assert report.isFile() : "the JUnit test of lab ${lab.label()} did not run: no $report.name"
    def failure = new groovy.xml.XmlSlurper().parse(report).testcase.failure
    assert failure.size() == 1 : "the JUnit test of lab ${lab.label()} did not fail"
    String message = failure.@message.text()
    assert message.startsWith("lab ${lab.label()}: FAIL: " + verdict.group(1)) : "the JUnit test of lab ${lab.label()} says \"$message\", kitchen:check said \"${verdict.group(1)}\""
}
assert !log.contains('not in this project') : 'a skeleton of the generated project was not found by the kit'
assert !(log =~ /(CRASH|ERROR|TIMEOUT): /) : 'an untouched lab crashed or broke the kit'
assert log.contains("[ERROR] 0 of ${runnable.size()} labs done") : 'the summary line is missing'
assert log.contains("${runnable.size()} lab(s) failed: " + runnable.collect { "${it.label()} (FAIL)" }.join(', ')) : 'the build failure does not name every lab'
assert !log.contains('MojoExecutionException') : 'the kit reported itself broken'
// JDK 24+ warns once per JVM when a library loads native code without --enable-native-access: the project's
// .mvn/jvm.config gives Maven's JVM the flag (the kit's observer runs there, OSHI through JNA), so no check warns.
assert new File(basedir, 'my-kitchen/.mvn/jvm.config').getText('UTF-8').trim() == '--enable-native-access=ALL-UNNAMED' :
        'the project gives Maven no --enable-native-access'
assert !log.contains('restricted method') : 'the check printed a restricted-method warning from native access'

// kitchen:reset writes the plugin's copy of each skeleton with the project's package filled in: it must be, byte for
// byte, what archetype:generate wrote, or a reset would change an untouched lab.
def kit = dev.kitchenlab.engine.sources.KitFiles.onClasspath(this.class.classLoader)
LabCatalogue.all().each { lab ->
    def skeleton = kit.skeleton(lab)
    assert skeleton.isPresent() : "the plugin carries no skeleton of lab ${lab.label()}"
    File generated = new File(basedir, "my-kitchen/src/main/${skeleton.get().folder()}/org/example/kitchen/${lab.packageSegment()}/${lab.mainClass()}.java")
    assert generated.isFile() : "archetype:generate wrote no $generated"
    assert generated.getText('UTF-8').replace('\r\n', '\n') == skeleton.get().asSkeleton('org.example.kitchen').replace('\r\n', '\n') :
            "kitchen:reset would write lab ${lab.label()}'s skeleton otherwise than archetype:generate did"
}

// A lab this JDK is too old for is SKIPPED, says why, and is not counted among the labs that can run here.
LabCatalogue.all().findAll { it.minimumJdk() > Runtime.version().feature() }.each { lab ->
    assert log.readLines().any { it.contains("– ${lab.label()} ") && it.contains("SKIPPED: this lab needs JDK ${lab.minimumJdk()} or newer") } : "lab ${lab.label()} was not reported SKIPPED on JDK ${Runtime.version().feature()}"
}

// What Eclipse shows on the untouched project: nothing, no error and no warning (ECJ's default set, see Ecj.groovy).
def ecj = evaluate(new File(itScripts, 'Ecj.groovy'))
File project = new File(basedir, 'my-kitchen')
def problems = ecj(project)
assert problems.isEmpty() : 'ECJ finds problems in the untouched project:\n' + problems.join('\n')

// A student's first edit is deleting the todo(...) calls, whole statements that may span lines, however the skeleton
// writes the call. That must leave no import unused: Eclipse would flag every lab at once. (Deleting a
// "return todo(...)" leaves a method without a result, an error ECJ also reports: the student writes that next.)
def todoCall = /(?m)^[ \t]*(return\s+)?([\w.]+\.)?todo\((?:"(?:[^"\\]|\\.)*"|[^;"])*\);[ \t]*\r?\n/
int deleted = 0
def withoutTodos = ecj(project) { String text ->
    String edited = text.replaceAll(todoCall, '')
    deleted += (text =~ todoCall).size()
    assert !(edited =~ /(?m)^[ \t]*(return\s+)?([\w.]+\.)?todo\(/) : "a todo(...) call was not deleted:\n$edited"
    edited
}
assert deleted >= LabCatalogue.all().size() : "only $deleted todo(...) calls deleted in ${LabCatalogue.all().size()} labs"
def unusedImports = withoutTodos.findAll { it.severity == 'WARNING' && it.source?.startsWith('import ') }
assert unusedImports.isEmpty() : 'deleting the todo(...) calls leaves imports unused:\n' + unusedImports.join('\n')
assert withoutTodos.every { it.severity == 'ERROR' && it.message.startsWith('This method must return a result of type ') } :
        'deleting the todo(...) calls leaves more than the missing results:\n' + withoutTodos.join('\n')

// The IDEs' shared run configurations, as IntelliJ IDEA and Eclipse read them: each parses, is a Maven
// configuration, runs goals the plugin has, and runs them in this project by its name, never in whichever project
// is selected (Eclipse's ${project_loc}). Goals that need a lab ask for it.
def pluginXml = this.class.classLoader.getResource('META-INF/maven/plugin.xml')
assert pluginXml != null : 'the plugin descriptor is not on the verify script\'s classpath'
Set<String> goals = new groovy.xml.XmlSlurper().parse(pluginXml.toString()).mojos.mojo.goal*.text().collect { "kitchen:$it".toString() } as Set
def labPrompt = 'lab=${string_prompt:lab number:03}'
def needsLab = ['kitchen:hint', 'kitchen:reset'] as Set

def launches = project.listFiles().findAll { it.name.endsWith('.launch') }
assert launches*.name.sort() == ['kitchen-check-lab.launch', 'kitchen-check.launch', 'kitchen-hint.launch', 'kitchen-reset.launch'] :
        "the Eclipse launch files are ${launches*.name.sort()}"
def eclipse = launches.collectEntries { File file ->
    String text = file.getText('UTF-8')
    assert !text.contains('project_loc') && !text.contains('#[[') && !text.contains(']]#') : "$file.name is not as Eclipse should read it:\n$text"
    def launch = new groovy.xml.XmlSlurper().parseText(text)
    assert launch.name() == 'launchConfiguration' && launch.@type.text() == 'org.eclipse.m2e.Maven2LaunchConfigurationType' :
            "$file.name is no m2e Maven Build configuration"
    def attribute = { String key -> launch.'*'.find { it.@key.text() == key } }
    String goal = attribute('M2_GOALS').@value.text()
    assert goal in goals : "$file.name runs \"$goal\", not a goal of the plugin ($goals)"
    assert attribute('org.eclipse.jdt.launching.WORKING_DIRECTORY').@value.text() == '${workspace_loc:/my-kitchen}' :
            "$file.name does not run in the generated project by its name"
    List<String> properties = attribute('M2_PROPERTIES').listEntry*.@value*.text()
    assert properties in [[], [labPrompt]] : "$file.name passes $properties"
    assert !(goal in needsLab) || properties == [labPrompt] : "$file.name runs $goal without asking for the lab"
    [(file.name): [goal: goal, lab: !properties.isEmpty()]]
}
assert eclipse.values() as Set == [[goal: 'kitchen:check', lab: false], [goal: 'kitchen:check', lab: true],
                                   [goal: 'kitchen:hint', lab: true], [goal: 'kitchen:reset', lab: true]] as Set :
        "Eclipse's configurations are $eclipse"

def runs = new File(project, '.run').listFiles().findAll { it.name.endsWith('.run.xml') }
assert runs*.name == ['kitchen check.run.xml'] : "IntelliJ's run configurations are ${runs*.name}"
runs.each { File file ->
    def component = new groovy.xml.XmlSlurper().parse(file)
    assert component.name() == 'component' && component.@name.text() == 'ProjectRunConfigurationManager' : "$file.name is no shared run configuration"
    def configuration = component.configuration
    assert configuration.@type.text() == 'MavenRunConfiguration' && configuration.@factoryName.text() == 'Maven' : "$file.name is no Maven configuration"
    def option = { String name -> configuration.'**'.find { it.name() == 'option' && it.@name.text() == name } }
    assert option('goals').list.option*.@value*.text() == ['kitchen:check'] : "$file.name does not run kitchen:check"
    assert option('workingDirPath').@value.text() == '$PROJECT_DIR$' : "$file.name does not run in the project's folder"
    assert option('pomFileName').@value.text() == 'pom.xml' : "$file.name names no pom"
}
true
