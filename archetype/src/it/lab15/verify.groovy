// Lab 15 needs JDK 21+: the generated project keeps it in src/main/java21, compiled only by its jdk21 profile (the
// archetype's own IT compares that layout with the templates). Both checks ran on the JDK 21+ (invoker.properties): the
// reference solution passed (or, on a machine too busy to judge, was inconclusive), the wrong one failed with its
// diagnosis, and neither broke the kit.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> checks = log.split(/(?=\[INFO\] Kitchen check · )/).findAll { it.startsWith('[INFO] Kitchen check · ') }
assert checks.size() == 2 : "two checks of lab 15 should have run, not ${checks.size()}:\n$log"
String reference = checks[0]
String wrong = checks[1]

assert reference =~ /Kitchen check .* JDK (2[1-9]|[3-9]\d)/ : "the reference was not checked on a JDK 21+:\n$reference"
String line = reference.readLines().find { it =~ /\[(INFO|WARNING|ERROR)\] . 15 / }
assert line != null && (line.contains('✔ 15') || line.contains('? 15')) : "the reference solution of lab 15 did not pass:\n$reference"

line = wrong.readLines().find { it.contains('✘ 15 ') }
assert line != null : "the wrong solution 'thousand' of lab 15 did not fail:\n$wrong"
assert line =~ /virtualCooks hired 1,000 cooks, one shift each: the lab asks for COOKS, 10,000/ :
        "the wrong solution 'thousand' of lab 15 failed without its diagnosis: $line"
assert !(wrong =~ /(CRASH|ERROR|TIMEOUT): /) : "the wrong solution 'thousand' broke the kit:\n$wrong"
true
