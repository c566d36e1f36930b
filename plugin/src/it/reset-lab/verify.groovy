// kitchen:reset on a project in the package edu.school.kitchen: the backup holds the student's files byte for byte,
// the restored class is the archetype's skeleton with the project's package filled in (and compiles), a reset of a
// skeleton is a no-op, and an ambiguous lab is refused with both copies untouched.
import dev.kitchenlab.engine.sources.KitFiles
import dev.kitchenlab.catalogue.LabCatalogue

String log = new File(basedir, 'build.log').getText('UTF-8')
def calls = log.split(/\[INFO\] Building reset-lab /).drop(1)
assert calls.size() == 5 : "expected 5 invocations, found ${calls.size()}"

def cooks = LabCatalogue.select('03')[0]
String skeleton = KitFiles.onClasspath(KitFiles.classLoader).skeleton(cooks).get().asSkeleton('edu.school.kitchen')
File lab03 = new File(basedir, 'src/main/java/edu/school/kitchen/lab03')
assert new File(lab03, 'ManyCooks.java').text == skeleton : 'lab 03 is not the skeleton in the project\'s package'
assert skeleton.startsWith('package edu.school.kitchen.lab03;') && skeleton.contains('todo(')
assert new File(lab03, 'Helper.java').text.contains('class Helper') : 'the student\'s other file was not left in place'

def backups = new File(basedir, '.kitchen/backups').listFiles()
assert backups != null && backups.size() == 1 : "expected one backup (the second reset changes nothing), found ${backups?.size()}"
File kept = new File(backups[0], 'src/main/java/edu/school/kitchen/lab03')
assert new File(kept, 'ManyCooks.java').text.contains('my own broken attempt') : 'the student\'s version was not kept'
assert new File(kept, 'Helper.java').isFile() : 'the other file of the lab\'s folder was not kept'

String first = calls[0]
assert first.contains('is the skeleton again, in package edu.school.kitchen.lab03')
assert first.contains("your version was kept first, with every file of its folder, in .kitchen/backups/${backups[0].name}/src/main/java/edu/school/kitchen/lab03")
assert first.contains('to get it back: copy .kitchen/backups/') && first.contains('BUILD SUCCESS')
assert calls[1].contains('is already the skeleton; nothing was changed') && calls[1].contains('BUILD SUCCESS')
assert calls[2].contains('BUILD SUCCESS') : 'the restored skeleton does not compile in the project\'s package'

assert calls[3].contains("lab ${LabCatalogue.select('14')[0].label()} is in more than one folder")
assert calls[3].contains('old/copy/lab14') && calls[3].contains('nothing was changed') && calls[3].contains('BUILD FAILURE')
assert new File(basedir, 'src/main/java/old/copy/lab14/LastPortion.java').text.contains('An old copy')
assert new File(basedir, 'src/main/java/edu/school/kitchen/lab14/LastPortion.java').text.contains('as the student writes it')

assert calls[4].contains('names 2 labs, and kitchen:reset works on one at a time') && calls[4].contains('BUILD FAILURE')
true
