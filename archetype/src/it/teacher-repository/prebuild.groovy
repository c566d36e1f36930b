// Prepares the teacher's command, which an invoker step runs (invoker.properties): a copy of the kit's sources without
// what any build made, the same root pom again without the publisher's metadata (kit-bare: a release must refuse to
// start there), a throwaway signing key, and the step's command line. Quick: the long build is the step's, outside the
// invoker's one-script-at-a-time lock.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

File kit = new File(basedir, 'kit')
File root = new File(kitRoot).canonicalFile
// What a build made (target, at any depth) is left out: the copy is of the sources.
def copy = evaluate(new File(itScripts, 'Copy.groovy'))
['pom.xml', 'labs', 'labs-tests', 'plugin', 'archetype', 'scripts'].each { name ->
    copy(new File(root, name), new File(kit, name), ['target'])
}
File bare = new File(basedir, 'kit-bare/pom.xml')
bare.parentFile.mkdirs()
bare.bytes = new File(kit, 'pom.xml').bytes
File kitPom = new File(kit, 'pom.xml')
// Example values, written by this test only: they are the publisher's to choose.
kitPom.setText(kitPom.getText('UTF-8').replaceFirst('  <modules>', '''  <url>https://example.org/kitchen-lab</url>
  <licenses><license><name>Example licence</name><url>https://example.org/licence</url></license></licenses>
  <developers><developer><name>A test publisher</name></developer></developers>
  <scm><url>https://example.org/kitchen-lab</url><connection>scm:git:https://example.org/kitchen-lab.git</connection></scm>
  <modules>'''), 'UTF-8')

// A throwaway key in a keyring of this test's own: gpg is what maven-gpg-plugin signs with by default.
File gnupg = new File(basedir, 'gnupg')
boolean canSign
try {
    canSign = ['gpg', '--version'].execute().waitFor() == 0
} catch (IOException noGpg) {
    canSign = false
}
def inKeyring = evaluate(new File(basedir, 'Keyring.groovy'))
List<String> signing = []
if (canSign) {
    Files.createDirectories(gnupg.toPath(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString('rwx------')))
    def key = inKeyring('gpg', '--batch', '--passphrase', '', '--quick-gen-key', 'Kitchen Lab test key <test@example.org>',
            'ed25519', 'sign', 'never')
    assert key.exit == 0 : "no test key: $key.said"
    // Making the key started the keyring's agent: leave nothing running if a step fails (the release starts it again).
    inKeyring('gpgconf', '--kill', 'gpg-agent')
    signing = ['-Dgpg.keyname=test@example.org']
} else {
    assert System.getenv('CI') != 'true' : 'CI needs gpg to try the release signing (Debian: apt-get install gnupg)'
    println 'teacher-repository: no gpg here, so the release is tried unsigned'
}

// The step runs the teacher's script in the kit's copy, then stops the keyring's agent the signing started, whether
// the script passed or not. The release's install phase would rewrite the kit's JARs in the repository the other ITs
// share, under checks that are reading them at that moment (a class not yet loaded went missing from the plugin's
// realm): it is skipped.
File settings = new File(basedir, 'settings.xml')
settings.setText(new File(itSettings).getText('UTF-8').replace('@userRepoUrl@', userRepoUrl), 'UTF-8')
String script = (['bash', 'scripts/teacher-repository.sh', new File(basedir, 'kitchen-repository').path,
                  '-s', settings.path, "-Dmaven.repo.local=$localRepositoryPath", '-Dmaven.install.skip=true',
                  '-Prelease'] + signing).join(' ')
Properties step = new Properties()
step.setProperty('exec.executable', 'env')
step.setProperty('exec.workingdir', kit.path)
step.setProperty('exec.args', "GNUPGHOME=${gnupg.path} bash -c '$script; made=\$?; " +
        "${canSign ? 'gpgconf --kill gpg-agent; ' : ''}exit \$made'".toString())
new File(basedir, 'release.properties').withWriter('UTF-8') { step.store(it, 'the teacher-repository step') }
true
