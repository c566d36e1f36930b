// Shared by the ITs' pre-build scripts: evaluated, it returns the closure that copies a file or a folder tree over
// what is there, leaving out every entry whose name is in leftOut without looking into it. A build's target folder
// is left out so, not filtered after a walk: other ITs write into the module's target meanwhile, and a walk that
// reads their files can find one gone (a download's lock file, in a red CI run).
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def copy
copy = { File from, File to, Collection<String> leftOut ->
    if (from.isDirectory()) {
        to.mkdirs()
        from.listFiles().findAll { !(it.name in leftOut) }.each { copy(it, new File(to, it.name), leftOut) }
    } else {
        to.parentFile.mkdirs()
        Files.copy(from.toPath(), to.toPath(), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING)
    }
}
return copy
