// The IT's throwaway keyring (gnupg/ in the IT's folder), read by its pre-build and verify scripts: evaluated, it
// returns the closure that runs a gpg command against that keyring and returns its exit status and what it said.
import java.util.concurrent.TimeUnit

return { String... command ->
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
    builder.environment().put('GNUPGHOME', new File(basedir, 'gnupg').path)
    Process process = builder.start()
    String said = process.text
    assert process.waitFor(2, TimeUnit.MINUTES) : "$command did not end"
    [exit: process.exitValue(), said: said]
}
