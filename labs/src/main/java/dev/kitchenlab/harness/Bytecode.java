package dev.kitchenlab.harness;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * The student's class as the JVM runs it, read with the JDK's own disassembler ({@code javap -c -p}, found through
 * {@link ToolProvider}): where a {@code count++} on a field compiles to a read, an add and a write, which is what makes
 * it no one step. A JDK without {@code javap} (a bare runtime image) gives nothing, and says so.
 */
final class Bytecode {
    private static final Pattern METHOD = Pattern.compile("^  (?!\\s)(?:[\\w.$<>\\[\\], ]+ )?([\\w$<>]+)\\(.*\\);$");
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s+\\d+: (\\w+)\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("// Field (?:[\\w/$]+\\.)?([\\w$]+):[IJ]$");
    // Instructions a count++ may put between its read and its write: the one, the add, a dup for a value used.
    private static final int SPAN = 4;

    private final String text;

    private Bytecode(String text) {
        this.text = text;
    }

    /** The disassembly of {@code classes}, or empty when this JDK has no {@code javap} or it failed. */
    static Optional<Bytecode> of(List<Class<?>> classes) {
        Optional<ToolProvider> javap = ToolProvider.findFirst("javap");
        if (javap.isEmpty()) {
            return Optional.empty();
        }
        // Where the classes were loaded from: a launcher may hide the real class path behind a jar's manifest.
        String path = classes.stream().map(Bytecode::origin).filter(o -> !o.isEmpty()).distinct()
                .collect(Collectors.joining(File.pathSeparator));
        List<String> args = new ArrayList<>(List.of("-c", "-p", "-cp",
                path.isEmpty() ? System.getProperty("java.class.path") : path));
        classes.forEach(c -> args.add(c.getName()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = javap.get().run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return exit == 0 ? Optional.of(new Bytecode(out.toString())) : Optional.empty();
    }

    private static String origin(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? "" : Path.of(source.getLocation().toURI())
                    .toString();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException unknown) {
            return "";
        }
    }

    /**
     * The first {@code count++} or {@code count--} on a field, as {@code LastPortion.serveOne: getfield sold, iconst_1,
     * iadd, putfield sold}; empty when there is none.
     */
    String countUpdate() {
        String type = "";
        String method = "";
        List<String[]> code = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher instruction = INSTRUCTION.matcher(line);
            if (instruction.matches()) {
                code.add(new String[] {instruction.group(1), instruction.group(2)});
                String found = scan(code);
                if (!found.isEmpty()) {
                    return type + "." + method + ": " + found;
                }
                continue;
            }
            Matcher header = METHOD.matcher(line);
            if (header.matches()) {
                method = header.group(1);
                code.clear();
            } else if (line.matches("^\\S.*\\{$")) {
                String name = line.replaceFirst("\\s*(extends|implements)\\s.*", "").replaceFirst("\\s*\\{$", "");
                name = name.substring(name.lastIndexOf(' ') + 1);
                type = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
            }
        }
        return "";
    }

    /** Whether the class makes or uses a {@code ConcurrentHashMap}. */
    boolean usesConcurrentMap() {
        return text.contains("java/util/concurrent/ConcurrentHashMap");
    }

    /** Whether it updates a map in one call: {@code compute}, {@code merge} and their kin. */
    boolean updatesAMapInOneStep() {
        return Pattern.compile("Method java/util/(concurrent/ConcurrentHash)?Map\\.(compute\\w*|merge):")
                .matcher(text).find();
    }

    /** A read, an add of a constant and a write of one field, ending at the last instruction; empty when none. */
    private static String scan(List<String[]> code) {
        int last = code.size() - 1;
        String[] write = code.get(last);
        if (!write[0].equals("putfield") && !write[0].equals("putstatic")) {
            return "";
        }
        String field = field(write[1]);
        if (field.isEmpty()) {
            return "";
        }
        for (int read = last - 1; read >= Math.max(0, last - SPAN); read--) {
            String[] at = code.get(read);
            if ((at[0].equals("getfield") || at[0].equals("getstatic")) && field.equals(field(at[1]))) {
                List<String> steps = new ArrayList<>();
                boolean adds = false;
                for (int i = read; i <= last; i++) {
                    String op = code.get(i)[0];
                    adds |= op.matches("[il](add|sub)");
                    steps.add(op.startsWith("get") || op.startsWith("put") ? op + " " + field : op);
                }
                return adds ? String.join(", ", steps) : "";
            }
        }
        return "";
    }

    private static String field(String operands) {
        Matcher field = FIELD.matcher(operands.trim());
        return field.find() ? field.group(1) : "";
    }
}
