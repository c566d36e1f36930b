package dev.kitchenlab.events;

/**
 * Tells the student's code from the kit's and the JDK's in a stack trace, so that a message can point at the
 * student's own line: {@code at org.example.kitchen.lab03.ManyCooks.sayHello(ManyCooks.java:14)}, the form both
 * IDE consoles turn into a link.
 */
public final class StudentCode {
    private StudentCode() {
    }

    /** The innermost frame in the student's code, as a stack frame reads, or empty when there is none. */
    public static String where(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (isStudents(frame.getClassName()) && frame.getFileName() != null) {
                return frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    /** Whether a class is the student's: neither the kit's nor the JDK's. */
    public static boolean isStudents(String className) {
        return !className.startsWith("dev.kitchenlab.") && !className.startsWith("java.")
                && !className.startsWith("javax.") && !className.startsWith("jdk.") && !className.startsWith("sun.");
    }
}
