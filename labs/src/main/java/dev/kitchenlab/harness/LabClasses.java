package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Loads the student's lab class and finds the methods the kit calls on it, in the kitchen JVM; when there is no
 * such class or method, it reports the lab as missing (an ERROR that says what to write or compile) and ends the
 * kitchen, as Java would end a program whose main class is missing.
 */
final class LabClasses {
    // Exit code of a kitchen whose lab class or method could not be found.
    private static final int NO_LAB_EXIT = 4;

    private LabClasses() {
    }

    /** The lab's class, without initialising it. */
    static Class<?> load(String className) {
        try {
            return Class.forName(className, false, LabClasses.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw giveUp("the lab class " + className + " is not on the classpath: compile the project first");
        } catch (UnsupportedClassVersionError e) {
            throw giveUp("the lab class " + className + " was compiled for a newer Java than the JDK "
                    + Runtime.version().feature() + " that runs the kitchens (" + e.getMessage() + "): compile it "
                    + "with --release " + Runtime.version().feature() + ", as the project's pom does, or run the "
                    + "check with a newer JDK (JAVA_HOME)");
        } catch (LinkageError e) {
            throw giveUp("the lab class " + className + " cannot be loaded: " + e + "; compile the project again "
                    + "(mvn clean compile)");
        }
    }

    /**
     * The static method of the lab's class the kit calls, made callable; {@code shape} says what is expected, for
     * the message when it is missing.
     */
    static Method staticMethod(Class<?> lab, boolean mustBePublic, String name, String shape, Class<?>... parameters) {
        try {
            Method method = mustBePublic ? lab.getMethod(name, parameters) : lab.getDeclaredMethod(name, parameters);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new NoSuchMethodException(name + " is not static");
            }
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw giveUp("the lab class " + lab.getName() + " has no " + shape);
        }
    }

    /** The value of a static field of the lab's class, initialising the class; {@code shape} as for methods. */
    static Object staticField(Class<?> lab, String name, String shape) {
        Field field;
        try {
            field = lab.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw giveUp("the lab class " + lab.getName() + " has no " + shape);
        }
        if (!Modifier.isStatic(field.getModifiers())) {
            throw giveUp("the lab class " + lab.getName() + " has no " + shape + ": " + name + " is not static");
        }
        field.setAccessible(true);
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reports the lab as missing, saying {@code why}, and ends the kitchen; returns only for {@code throw}. */
    static Error giveUp(String why) {
        SideChannel.current().emit(new Fact.NoLab(why));
        System.err.println(why);
        System.exit(NO_LAB_EXIT);
        return new AssertionError("unreachable");
    }
}
