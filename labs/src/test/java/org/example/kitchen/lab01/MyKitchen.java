package org.example.kitchen.lab01;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.Scanner;

/**
 * Lab 01 · ps — reference solution: this JVM's own {@code ps u} row, then the talk's {@code input("Enter your name:")}.
 */
public class MyKitchen {

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
        System.out.println("USER PID %CPU %MEM VSZ RSS STAT THREADS FILES");
        System.out.printf("%s %d %.1f %.1f %d %d %s %d %d%n", me.getUser(), me.getProcessID(),
                100 * me.getProcessCpuLoadCumulative(), 100.0 * me.getResidentMemory() / memory,
                me.getVirtualSize() / 1024, me.getResidentMemory() / 1024, stat(me.getState()), me.getThreadCount(),
                me.getOpenFiles());

        System.out.print("Enter your name: ");
        System.out.flush();
        // Closed when done, as Eclipse asks of every Scanner; it closes System.in too, which main no longer needs.
        try (Scanner in = new Scanner(System.in)) {
            System.out.println("Hi " + in.nextLine() + "!");
        }
    }
}
