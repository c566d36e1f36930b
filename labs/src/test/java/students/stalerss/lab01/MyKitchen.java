package students.stalerss.lab01;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.Scanner;

/**
 * Wrong: RSS read at the start, printed after the kitchen grew.
 */
public class MyKitchen {
    static final int PANTRY_BYTES = 128 * 1024 * 1024;
    static java.nio.ByteBuffer pantry;

    /** The letter ps shows for a state. */
    static String stat(OSProcess.State state) {
        return switch (state) {
            case RUNNING -> "R";
            case SLEEPING, WAITING -> "S";
            case STOPPED -> "T";
            case ZOMBIE -> "Z";
            default -> "D";
        };
    }

    public static void main(String[] args) {
        SystemInfo system = new SystemInfo();
        OperatingSystem os = system.getOperatingSystem();
        long memory = system.getHardware().getMemory().getTotal();
        OSProcess me = os.getProcess((int) ProcessHandle.current().pid());
        // The pantry fills up after the figures were read: memory outside the heap, every page of it written.
        pantry = java.nio.ByteBuffer.allocateDirect(PANTRY_BYTES);
        for (int at = 0; at < PANTRY_BYTES; at += 4096) {
            pantry.put(at, (byte) 1);
        }
        System.out.println("USER PID %CPU %MEM VSZ RSS STAT THREADS FILES");
        System.out.printf("%s %d %.1f %.1f %d %d %s %d %d%n", me.getUser(), me.getProcessID(),
                100 * me.getProcessCpuLoadCumulative(), 100.0 * me.getResidentSetSize() / memory,
                me.getVirtualSize() / 1024, me.getResidentSetSize() / 1024, stat(me.getState()), me.getThreadCount(),
                me.getOpenFiles());

        System.out.print("Enter your name: ");
        System.out.flush();
        String name = new Scanner(System.in).nextLine();
        System.out.println("Hi " + name + "!");
    }
}
