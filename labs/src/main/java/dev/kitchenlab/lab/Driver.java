package dev.kitchenlab.lab;

/**
 * What a lab's kitchen runs: the student's {@code main}, as in most labs, or one of the kit's drivers, which calls the
 * methods the lab asks the student to write around workloads the kit controls and reports what it saw (lab 05's
 * timing wrapper, lab 04's quiz). A driver runs in the kitchen JVM, never in the inspector's.
 */
public enum Driver {
    /** The lab's {@code main}, as Java would run it. */
    MAIN,
    /**
     * The lab's {@code main}, in a kitchen the kit first loads with a random amount of memory, idle threads and open
     * files, so that figures copied from another run do not match this one (lab 01's own {@code ps} row).
     */
    MAIN_WITH_BALLAST,
    /** The kit calls the lab's {@code timed(String, Supplier)} around sleeps, busy loops and a call that throws. */
    TIMED_WRAPPER,
    /** The kit asks the lab's quiz methods for predictions, then runs the talk's two programs itself to check them. */
    QUIZ,
    /** The kit calls the lab's {@code runThread()} and {@code runProcess()} many times, timing each (lab 06). */
    SPAWN,
    /** The kit calls the lab's {@code threadMode()}, then its {@code processMode()}, noting when each ran (lab 07). */
    MODES,
    /**
     * The kit serves a meal again and again with the lab's {@code threadMode} and {@code processMode}, each time in a
     * kitchen JVM of its own while one cook fails one way on the kit's stove (lab 08).
     */
    CRASH,
    /**
     * The kit hands the lab's {@code serve(Order)} one order after another, checking each round's count against its
     * own and how the cooks shared the work; a round that hangs ends the run (lab 09).
     */
    RACE,
    /**
     * The kit hands the lab's {@code serve(Order)} one order after another, as for {@link #RACE}, with nothing to
     * count: every round must end, the cooks sharing the kitchen's utensils; a deadlock ends the run (lab 10).
     */
    DEADLOCK,
    /**
     * The kit hands the lab's {@code serve(Order)} one order after another, as for {@link #DEADLOCK}, and counts what
     * happens on the order's pan: hand-overs per dish, the longest wait for a dish; a livelock ends the run (lab 11).
     */
    LIVELOCK,
    /**
     * The kit hands the lab's {@code serve(Shift)} one shift after another, several cooks cooking until it is over,
     * and counts every cook's dishes in each: a cook held off the stove starves (lab 12).
     */
    STARVATION,
    /**
     * The kit runs the lab's {@code cook()} on a cook thread again and again in one kitchen, each time calling its
     * {@code stop()} from another thread once the cook has spun a while, and times how soon the cook stops; a cook that
     * never stops ends the run (lab 13).
     */
    VISIBILITY,
    /**
     * The kit hands the lab's {@code serve(Rush)} one dinner rush after another, counting the portions its cooks plate
     * against the pantry's stock and the program's books; a round that hangs ends the run (lab 14).
     */
    ATOMICITY,
    /**
     * The kit hands the lab's {@code virtualCooks(Runnable)}, then its {@code platformCooks(Runnable)}, a shift of its
     * own to run on every cook, and counts from inside each shift which threads ran them and how many at once
     * (lab 15, JDK 21+).
     */
    VIRTUAL
}
