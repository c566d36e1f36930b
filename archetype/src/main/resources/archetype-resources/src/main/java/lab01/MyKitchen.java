package ${package}.lab01;

import oshi.software.os.OSProcess;

/**
 * Lab 01 · ps: the talk opens with {@code ps u}. A process is a kitchen: it has its own PID, an owner, memory (its
 * virtual size VSZ, and RSS, what it holds in RAM), CPU time, threads and open files. Here your program prints its
 * own row, as {@code ps u -p <its pid>} would, then asks for a name as the talk's {@code input("Enter your name:")}
 * does, and greets it.
 *
 * <p>Read the figures through Java: {@code ProcessHandle.current()} and OSHI (already on your classpath:
 * {@code new SystemInfo().getOperatingSystem().getProcess(pid)}). Print a header line and your row under it:
 * <pre>
 * USER PID %CPU %MEM VSZ RSS STAT THREADS FILES
 * alice 12345 95.2 0.3 9031344 71232 S 23 14
 * </pre>
 * VSZ and RSS in KiB as ps counts them, %CPU as ps counts it (CPU time over the process's whole life), %MEM as RSS
 * over the machine's memory. Write the steps below, deleting each {@code todo(...)}, then check:
 * {@code mvn kitchen:check -Dlab=01}. The kit holds every figure against {@code ps} taken the moment your row is
 * printed (it loads your kitchen with a different amount of memory, threads and files each run, so only a row read
 * then will do), watches how your program waits, types a name, and looks for the greeting.
 */
public class MyKitchen {

    /** The letter {@code ps} shows in STAT for a state. */
    static String stat(OSProcess.State state) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "stat: return the letter ps shows for a state: R running, S sleeping or waiting, T stopped, "
                + "Z zombie, D otherwise");
    }

    /** The talk's script: your own row, then {@code input("Enter your name:")} and a greeting. */
    public static void main(String[] args) {
        dev.kitchenlab.kitchen.Todo.todo(
                "main: read this JVM's process with OSHI, then print the header USER PID %CPU %MEM VSZ RSS STAT "
                + "THREADS FILES and your row under it");
        dev.kitchenlab.kitchen.Todo.todo(
                "main: print Enter your name: , read a line from System.in (a Scanner), then print Hi {name}!");
    }
}
