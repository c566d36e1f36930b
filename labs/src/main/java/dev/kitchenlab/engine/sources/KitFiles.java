package dev.kitchenlab.engine.sources;

import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The kit's own copies of a lab's class: the skeleton (the archetype's template, {@code ${package}} left in) and
 * the reference solution (in the package {@value #REFERENCE_PACKAGE}). The plugin carries both as resources, copied
 * at its build from their one source of truth, under {@code kitchen/skeletons/<folder>/labNN/} and
 * {@code kitchen/solutions/<folder>/labNN/}, where {@code <folder>} is the last segment of the source folder the
 * file belongs in ({@code java}, or {@code java21} for a lab that needs a newer JDK).
 */
@FunctionalInterface
public interface KitFiles {
    /** The package the reference solutions are written in. */
    String REFERENCE_PACKAGE = "org.example.kitchen";
    /** The source folders a lab file may belong in, the usual one first. */
    List<String> FOLDERS = List.of("java", "java21");

    /** The text of a resource, or empty when the kit carries none of that name. */
    Optional<String> read(String path);

    /** The kit's files as resources of {@code loader}: the plugin's own jar. */
    static KitFiles onClasspath(ClassLoader loader) {
        return path -> {
            try (InputStream in = loader.getResourceAsStream(path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the kit's own " + path, unreadable);
            }
        };
    }

    /** The lab's skeleton, with its source folder, or empty when the kit carries none. */
    default Optional<KitFile> skeleton(Lab lab) {
        return find("kitchen/skeletons/", lab);
    }

    /** The lab's reference solution, with its source folder, or empty when the kit carries none. */
    default Optional<KitFile> solution(Lab lab) {
        return find("kitchen/solutions/", lab);
    }

    private Optional<KitFile> find(String prefix, Lab lab) {
        for (String folder : FOLDERS) {
            Optional<String> text = read(prefix + folder + "/" + lab.packageSegment() + "/" + lab.mainClass() + ".java");
            if (text.isPresent()) {
                return Optional.of(new KitFile(folder, text.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * One of the kit's files.
     *
     * @param folder the last segment of the source folder it belongs in: {@code java}
     * @param text its text, package not yet filled in
     */
    record KitFile(String folder, String text) {

        /** The skeleton for a project whose base package is {@code basePackage}, as the archetype generates it. */
        public String asSkeleton(String basePackage) {
            return text.replace("${package}", basePackage);
        }

        /** The reference solution moved into {@code basePackage}: every mention of the kit's own package replaced. */
        public String asSolution(String basePackage) {
            return text.replaceAll("\\b" + java.util.regex.Pattern.quote(REFERENCE_PACKAGE) + "(?=[.;])",
                    java.util.regex.Matcher.quoteReplacement(basePackage));
        }
    }
}
