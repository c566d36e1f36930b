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
def labPrompt = 'lab=${string_prompt:lab number or current:current}'
def needsLab = ['kitchen:hint', 'kitchen:reset', 'kitchen:run'] as Set

def launches = project.listFiles().findAll { it.name.endsWith('.launch') }
assert launches*.name.sort() == ['kitchen-check-lab.launch', 'kitchen-check.launch', 'kitchen-hint.launch', 'kitchen-reset.launch',
                                 'kitchen-run.launch', 'kitchen-watch.launch'] :
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
                                   [goal: 'kitchen:hint', lab: true], [goal: 'kitchen:reset', lab: true],
                                   [goal: 'kitchen:run', lab: true], [goal: 'kitchen:watch', lab: false]] as Set :
        "Eclipse's configurations are $eclipse"

def runs = new File(project, '.run').listFiles().findAll { it.name.endsWith('.run.xml') }
def intellij = runs.collectEntries { File file ->
    def component = new groovy.xml.XmlSlurper().parse(file)
    assert component.name() == 'component' && component.@name.text() == 'ProjectRunConfigurationManager' : "$file.name is no shared run configuration"
    def configuration = component.configuration
    assert configuration.@type.text() == 'MavenRunConfiguration' && configuration.@factoryName.text() == 'Maven' : "$file.name is no Maven configuration"
    def option = { String name -> configuration.'**'.find { it.name() == 'option' && it.@name.text() == name } }
    List<String> commandLine = option('goals').list.option*.@value*.text()
    assert commandLine && commandLine[0] in goals : "$file.name runs $commandLine, not a goal of the plugin ($goals)"
    // IntelliJ has no prompt a Maven configuration is known to expand: one lab is the lab whose file was saved last.
    assert commandLine.drop(1) in [[], ['-Dlab=current']] : "$file.name passes ${commandLine.drop(1)}"
    assert !(commandLine[0] in needsLab) || commandLine.drop(1) == ['-Dlab=current'] : "$file.name runs ${commandLine[0]} without a lab"
    assert option('workingDirPath').@value.text() == '$PROJECT_DIR$' : "$file.name does not run in the project's folder"
    assert option('pomFileName').@value.text() == 'pom.xml' : "$file.name names no pom"
    [(configuration.@name.text()): commandLine.join(' ')]
}
assert intellij == ['kitchen check': 'kitchen:check', 'kitchen check · current lab': 'kitchen:check -Dlab=current',
                    'kitchen hint · current lab': 'kitchen:hint -Dlab=current',
                    'kitchen reset · current lab': 'kitchen:reset -Dlab=current',
                    'kitchen run · current lab': 'kitchen:run -Dlab=current', 'kitchen watch': 'kitchen:watch'] :
        "IntelliJ's run configurations are $intellij"
// The classroom's CI workflow, read as GitHub reads it: on every push it runs the grading command the README gives,
// with goals the plugin has, and keeps the reports from the folder the check writes them to.
File workflow = new File(project, '.github/workflows/kitchen.yml')
assert workflow.isFile() : 'the generated project has no CI workflow'
Map flow = new org.yaml.snakeyaml.Yaml().load(workflow.getText('UTF-8'))
// YAML 1.1 reads the key on as true
def triggers = flow.containsKey('on') ? flow.on : flow[true]
assert triggers.containsKey('push') : "the workflow does not run on push: $triggers"
List steps = flow.jobs.grade.steps
String command = steps.find { it.run }?.run?.trim()?.replaceAll(/\s+/, ' ')
assert command == 'mvn -B -ntp verify kitchen:grade -Dkitchen.skip=false -Dkitchen.strict=true -Dmaven.test.failure.ignore=true' :
        "the workflow runs $command"
command.split(' ').findAll { it.startsWith('kitchen:') }.each { assert it in goals : "the workflow runs $it, not a goal of the plugin" }
assert new File(project, 'README.md').getText('UTF-8').contains(command) : "the README does not give the workflow's command"
def upload = steps.find { it.uses?.startsWith('actions/upload-artifact@') }
assert upload != null && upload.if == 'always()' : 'the reports are not kept when the grading fails'
assert upload.with.path == 'target/kitchen/TEST-*.xml' : "the workflow keeps ${upload.with.path}"
def reports = new File(project, 'target/kitchen').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert !reports.isEmpty() : "the check wrote no report where the workflow looks for them"
true
