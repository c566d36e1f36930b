// check bound in the build ran in verify (not silently nowhere), said to bind grade, and judged the project.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /kitchen-maven-plugin:[^:]+:check \(default\) @ bound-check/ : 'the bound check did not run'
assert log.contains('[WARNING] kitchen:check is bound in this build') : 'no warning that check is not for binding'
assert log.contains('bind kitchen:grade instead') : 'the warning does not name the goal to bind'
assert log.contains('no lab was found in this project') : 'the bound check did not judge the project'
true
