package dev.kitchenlab.events;

/**
 * One kind of fact a kitchen or cook JVM reports about itself on the side channel. Each kind is a small record
 * that the writer (the kitchen's harness, the kit's pools, a cook) and the reader (the engine) share, as JMH's link
 * frames are shared by its runner and its forks; {@link EventCodec} writes any of them as one line of text and
 * reads it back, from the record's own components, so no kind is ever parsed by hand.
 *
 * <p>Only strings, numbers, booleans and enums may be components: what the codec can write on one line.
 */
public sealed interface Fact {

    /**
     * Which JVM of a lab run is speaking: the kitchen, a cook of the kit's process pool, or another JVM the lab
     * started itself (with {@code ProcessBuilder}) that used the kit.
     */
    enum Role { KITCHEN, COOK, CHILD }

    /** Which of the kit's pools. */
    enum PoolKind { THREAD, PROCESS }

    /** Which output stream a line was written to. */
    enum Stream { OUT, ERR }

    /** What came of a call the kit made through the student's code. */
    enum CallOutcome {
        /** It returned what the wrapped call returned. */
        RETURNED,
        /** It returned something else. */
        WRONG_RESULT,
        /** The wrapped call threw, and the student's code let the exception through. */
        RETHREW,
        /** The wrapped call threw, and the student's code swallowed the exception. */
        SWALLOWED
    }

    /**
     * A JVM of the lab run opened its side channel.
     *
     * @param role kitchen or cook
     * @param parentPid its parent's pid, or -1 when the operating system does not tell
     */
    record Hello(Role role, long parentPid) implements Fact {
    }

    /**
     * The kitchen's own memory just before {@code main}, where the operating system tells it cheaply (Linux).
     *
     * @param vsz virtual size, in bytes
     * @param rss resident set, in bytes
     */
    record MemoryBeforeMain(long vsz, long rss) implements Fact {
    }

    /**
     * The lab's {@code main} began, on the thread that carries this event.
     *
     * @param labClass the binary name of the lab's class
     */
    record MainStarted(String labClass) implements Fact {
    }

    /** How the lab's {@code main} came back; no such event when it never did (exit, halt, kill, timeout). */
    sealed interface MainEnded extends Fact {
    }

    /** {@code main} returned normally. */
    record MainReturned() implements MainEnded {
    }

    /**
     * A step of the lab still calls {@code todo(...)}: the lab is not started.
     *
     * @param step the step, as the skeleton names it
     * @param where the student's line that called it, as a stack frame, or empty
     */
    record LabNotStarted(String step, String where) implements MainEnded {
    }

    /**
     * {@code main} threw.
     *
     * @param exception the exception, as its {@code toString()}
     * @param where the student's line it came from, as a stack frame, or empty
     * @param stackTrace the whole stack trace
     */
    record MainThrew(String exception, String where, String stackTrace) implements MainEnded {
    }

    /**
     * There was no lab to run: the class is not on the classpath or has no {@code main}.
     *
     * @param why what is missing, in words for the student
     */
    record NoLab(String why) implements MainEnded {
    }

    /**
     * A line of output, reported with the thread that wrote it, at the time its last byte was written.
     *
     * @param stream stdout or stderr
     * @param text the line, without its line break
     * @param complete whether it ended in a line break; a line still open when its thread ended or the JVM shut
     *                 down is reported all the same
     */
    record OutputLine(Stream stream, String text, boolean complete) implements Fact {
    }

    /**
     * A step still calls {@code todo(...)}: reported where it is reached, in any JVM of the lab, before the
     * exception is thrown (so an executor that swallows it cannot hide it).
     *
     * @param step the step, as the skeleton names it
     * @param where the student's line that called it, as a stack frame, or empty
     */
    record TodoReached(String step, String where) implements Fact {
    }

    /**
     * A thread slept through the kit ({@code Tick.sleep}); the event is sent when it wakes.
     *
     * @param startEpochNanos when it fell asleep, in nanoseconds since the epoch
     * @param requestedNanos how long it asked to sleep
     */
    record Slept(long startEpochNanos, long requestedNanos) implements Fact {
    }

    /**
     * A thread of the program died of an exception nobody caught; the event carries its id and name.
     *
     * @param exception the exception, as its {@code toString()}
     * @param where the student's line it came from, as a stack frame, or empty
     */
    record ThreadDied(String exception, String where) implements Fact {
    }

    /**
     * How late the kit's control sleeper woke in the kitchen over one window of the run: the machine's own delay,
     * measured while the lab ran.
     *
     * @param windowStartEpochNanos when the window began
     * @param naps how many short naps were taken in it
     * @param worstLatenessNanos how late the latest of them woke
     */
    record ControlLateness(long windowStartEpochNanos, int naps, long worstLatenessNanos) implements Fact {
    }

    /**
     * Where a thread of the program was when the lab's time was nearly up; the event carries its id and name.
     *
     * @param state its {@link Thread.State}, by name
     * @param frames its innermost stack frames, one per line
     * @param where the innermost frame in the student's code, or empty
     * @param inOneWait whether it stayed in one and the same wait or sleep while it was watched (a fifth of a
     *                  second), rather than waking and waiting again, as a loop of short sleeps does
     * @param deadlocked whether it was in a cycle of threads each waiting for a lock another holds
     */
    record StackAtDeadline(String state, String frames, String where, boolean inOneWait, boolean deadlocked)
            implements Fact {
    }

    /**
     * More output was written than the side channel keeps ({@link SideChannel#MAX_LINES} lines per process).
     *
     * @param droppedLines lines dropped so far: 0 when the limit is reached, the total at exit
     */
    record OutputTruncated(long droppedLines) implements Fact {
    }

    /**
     * A thread of the program was first seen alive; the event carries its id and name.
     *
     * @param daemon whether it is a daemon thread
     */
    record ThreadSeen(boolean daemon) implements Fact {
    }

    /** A thread of the program was seen gone; the event carries its id and name. */
    record ThreadGone() implements Fact {
    }

    /**
     * One of the kit's pools opened.
     *
     * @param kind threads or processes
     * @param size its cooks
     */
    record PoolOpened(PoolKind kind, int size) implements Fact {
    }

    /**
     * A cook of the kit's pools began an item.
     *
     * @param item the item, described briefly
     * @param itemIdentity the item's identity hash code in the JVM that cooks it: two cooks of one kitchen given the
     *                     same object report the same number (lab 07's shared pantry)
     */
    record DishStarted(String item, int itemIdentity) implements Fact {
    }

    /**
     * A cook of the kit's pools finished an item, served or burnt.
     *
     * @param item the item, described briefly
     */
    record DishFinished(String item) implements Fact {
    }

    /**
     * A cook process of the kit's pool started.
     *
     * @param cookPid its pid
     */
    record CookProcessStarted(long cookPid) implements Fact {
    }

    /**
     * A cook process of the kit's pool went home.
     *
     * @param cookPid its pid
     * @param exitCode its exit code
     */
    record CookProcessEnded(long cookPid, int exitCode) implements Fact {
    }

    /**
     * A cook process of the kit's pool died before it went home.
     *
     * @param cook its number in the pool, from 1
     * @param cookPid its pid
     * @param item what it was cooking, or empty
     * @param exitCode its exit code, or -1 when it could not be told
     */
    record CookProcessDied(int cook, long cookPid, String item, int exitCode) implements Fact {

        /** {@code cook process 2 (pid 4711) died while cooking Jess (exit code 137)}. */
        public String describe() {
            return "cook process " + cook + " (pid " + cookPid + ") died"
                    + (item.isEmpty() ? "" : " while cooking " + item)
                    + (exitCode >= 0 ? " (exit code " + exitCode + ")" : "");
        }
    }

    /**
     * One call the kit made through the student's timing wrapper (lab 05), timed by the kit around it.
     *
     * @param name the name the wrapper was given
     * @param call which call of that wrapper, from 1
     * @param startEpochNanos when the kit called it
     * @param endEpochNanos when it came back (or threw)
     * @param kitNanos how long the wrapped work itself took by the kit's clock ({@code System.nanoTime}), measured
     *                 inside the call: what the student's figure should say, without the student's printing
     * @param outcome what came of it
     */
    record TimedCall(String name, int call, long startEpochNanos, long endEpochNanos, long kitNanos,
                     CallOutcome outcome) implements Fact {
    }

    /** The questions of lab 04's quiz, each a method of the student's class that the kit calls. */
    enum QuizQuestion {
        /** {@code poolTicks(cpus, names)}: how many ticks {@code Pool().map(say_hello, names)} takes on that many CPUs. */
        POOL_TICKS,
        /** {@code threadPoolTicks(cooks, names)}: how many ticks {@code ThreadPool(cooks).map(...)} takes. */
        THREAD_POOL_TICKS,
        /** {@code sameOrderEveryRun()}: whether the greetings come in the same order every run. */
        SAME_ORDER
    }

    /**
     * One answer of the student's quiz (lab 04), as the student's method returned it.
     *
     * @param question what was asked
     * @param size the CPUs (process pool) or cooks (thread pool) asked about; 0 for the order
     * @param names how many names asked about; 0 for the order
     * @param answer the method's answer, as text
     */
    record Prediction(QuizQuestion question, int size, int names, String answer) implements Fact {
    }

    /**
     * One run of the talk's program by the kit's own quiz kitchen (lab 04): {@code map(say_hello, names)} on a pool
     * already open, timed from the map to the last greeting.
     *
     * @param kind a process pool sized by the CPUs, as {@code Pool()}, or a thread pool of a given size
     * @param cpus the CPUs the quiz kitchen's JVM saw ({@code -XX:ActiveProcessorCount})
     * @param poolSize the cooks of the pool
     * @param names how many names were greeted
     * @param tookNanos from the call of map to the last greeting
     * @param tickNanos the tick the run slept
     * @param order the names in the order they were greeted, separated by commas
     * @param forOrder a short run for the order of the greetings alone, its sleeps a tenth of the tick
     */
    record QuizRun(PoolKind kind, int cpus, int poolSize, int names, long tookNanos, long tickNanos, String order,
                   boolean forOrder) implements Fact {
    }

    /**
     * The kitchen's heap when the lab's {@code main} ended: what {@code Runtime} says of the JVM's memory, which is
     * not what {@code ps} says of the process's.
     *
     * @param committed {@code Runtime.totalMemory()}, in bytes
     * @param max {@code Runtime.maxMemory()}, in bytes
     */
    record HeapSize(long committed, long max) implements Fact {
    }

    /**
     * The check typed a line on the kitchen's standard input, as a person at the keyboard would, once the kitchen
     * had been waiting quietly for it. Reported by the inspector, not by the kitchen.
     *
     * @param line what was typed, without the line break
     * @param quietSinceEpochNanos when the kitchen's last output line before it arrived
     */
    record Typed(String line, long quietSinceEpochNanos) implements Fact {
    }

    /** Lab 06's empty cook started: a JVM that checks in and goes home (its pid is the event's). */
    record EmptyCookCheckedIn() implements Fact {
    }

    /** The two kinds of cook: a thread in the kitchen, or a process of its own (labs 06 and 07). */
    enum CookKind { THREAD, PROCESS }

    /**
     * One call of lab 06's {@code runThread()} or {@code runProcess()}, made by the kit.
     *
     * @param kind which of the two
     * @param call which call of it, from 1; the warm-up's included
     * @param warmUp whether it was one of the calls before the ones measured
     * @param startEpochNanos when the kit called it
     * @param endEpochNanos when it came back
     * @param kitNanos how long it took by the kit's clock, measured around the student's method alone
     * @param threadsStarted the threads the JVM started during the call
     * @param childrenLeft the kitchen's child processes still alive when it came back
     * @param studentsTimer whether the call went through the student's lab 05 {@code timed} wrapper
     */
    record SpawnCall(CookKind kind, int call, boolean warmUp, long startEpochNanos, long endEpochNanos, long kitNanos,
                     int threadsStarted, int childrenLeft, boolean studentsTimer) implements Fact {
    }

    /**
     * The JVM is shutting down.
     *
     * @param mainReturned whether the lab's {@code main} had come back by then
     */
    record KitchenExiting(boolean mainReturned) implements Fact {
    }

    /**
     * The kitchen serialized an item for its cook processes: the copy a process pool makes of what it sends, packed
     * once per {@code map} however many cooks are handed the same item, and unpacked by each.
     *
     * @param item the item, described briefly
     * @param bytes the serialized item's size, with its recipe
     * @param nanos how long serializing it took
     */
    record OrderPacked(String item, long bytes, long nanos) implements Fact {
    }

    /**
     * A cook process rebuilt an item from its bytes, its own copy (the event's pid is the cook's).
     *
     * @param item the item, described briefly
     * @param bytes the serialized item's size, with its recipe
     * @param nanos how long rebuilding it took, loading the recipe's class the first time included
     */
    record OrderUnpacked(String item, long bytes, long nanos) implements Fact {
    }

    /**
     * Lab 07's pantry, the {@code XS} the lab class holds, as the kitchen had it before the kit called any mode.
     *
     * @param description its type and size, described briefly
     * @param size how many items it holds, or -1 when it is not a collection
     * @param identity its identity hash code in the kitchen
     */
    record PantrySeen(String description, int size, int identity) implements Fact {
    }

    /**
     * One of lab 07's modes ran to its end: the kit called the student's {@code threadMode()} or {@code processMode()}.
     *
     * @param kind which of the two
     * @param startEpochNanos when the kit called it
     * @param endEpochNanos when it came back
     */
    record ModeRan(CookKind kind, long startEpochNanos, long endEpochNanos) implements Fact {
    }

    /** How lab 08's stove fails the order a check chose: what a cook does when it crashes. */
    enum CrashKind {
        /** The cook throws an exception nobody catches in the recipe. */
        EXCEPTION,
        /** The cook calls {@code System.exit}. */
        EXIT,
        /** The cook calls {@code Runtime.getRuntime().halt}. */
        HALT,
        /** The cook fills the heap until the JVM throws {@code OutOfMemoryError}. */
        OUT_OF_MEMORY;

        /** The exit code the stove ends a JVM with, for {@link #EXIT} and {@link #HALT}: one no JVM gives itself. */
        public static final int EXIT_CODE = 86;
    }

    /**
     * Lab 08's stove cooked a dish, in the process and on the thread the event carries: the kit's own word for which
     * dishes were really cooked.
     *
     * @param order what was ordered
     * @param dish the dish the stove gave back
     */
    record DishCooked(String order, String dish) implements Fact {
    }

    /**
     * Lab 08's stove is failing an order, the way the check chose, in the process and on the thread the event carries.
     *
     * @param order the order
     * @param kind how it fails
     */
    record StoveFailed(String order, CrashKind kind) implements Fact {
    }

    /**
     * What lab 08's {@code threadMode} or {@code processMode} returned, in the crash kitchen that called it.
     *
     * @param dishes the dishes it returned, one per line, {@code null}s left out
     * @param count how many it returned, {@code null}s left out
     */
    record MealServed(String dishes, int count) implements Fact {
    }

    /**
     * Lab 08's {@code threadMode} or {@code processMode} threw, in the crash kitchen that called it.
     *
     * @param exception the exception, as its {@code toString()}
     * @param where the student's line it came from, as a stack frame, or empty
     */
    record MealThrew(String exception, String where) implements Fact {
    }

    /**
     * One crash kitchen of lab 08 was run by the kit's driver: a JVM of its own that called the student's mode with one
     * order failing on the stove, waited for.
     *
     * @param threads whether it called {@code threadMode} (else {@code processMode})
     * @param kind how the chosen order failed
     * @param failing the order that failed
     * @param orders every order, one per line
     * @param kitchenPid the crash kitchen's pid
     * @param exitCode its exit code, or -1 when the kit stopped it
     * @param tookNanos from its start to its end
     */
    record CrashMeal(boolean threads, CrashKind kind, String failing, String orders, long kitchenPid, int exitCode,
                     long tookNanos) implements Fact {
    }

    /**
     * One round of a stress run (lab 09): the kit handed the lab's {@code serve} an order and it came back with its
     * count. What each cook did is in the round's {@link RoundCook} events.
     *
     * @param round which round, from 1, the warm-up's included
     * @param warmUp whether it was one of the rounds before the ones the frequencies are told over
     * @param cooks the cooks the order asked for
     * @param dishes the dishes each cook was to cook
     * @param counted what {@code serve} returned: the count on the lab's shared counter; -1 when it returns nothing
     * @param peeked whether the program asked the order for the kit's own count of good dishes during the round
     * @param startEpochNanos when the kit called {@code serve}
     * @param endEpochNanos when it came back
     */
    record RaceRound(int round, boolean warmUp, int cooks, int dishes, long counted, boolean peeked,
                     long startEpochNanos, long endEpochNanos) implements Fact {
    }

    /**
     * What one cook did in one round of a stress run, counted by the kit on the cook's own thread (the event carries
     * the cook's thread id and name).
     *
     * @param round the round, from 1
     * @param dishes the dishes it cooked
     * @param good those that came out right, which belong on the counter
     * @param pauses dishes it began after a pause between dishes (a sleep, a wait)
     * @param arrivedEpochNanos when it came to the order: its first dish, or its first look at the order's pan
     * @param firstEpochNanos when its first dish began
     * @param lastEpochNanos when its last dish ended
     */
    record RoundCook(int round, int dishes, int good, int pauses, long arrivedEpochNanos, long firstEpochNanos,
                     long lastEpochNanos) implements Fact {
    }

    /**
     * The lab class's counters as declared, seen before a stress run: which of its fields, and its nested classes',
     * are {@code volatile} numbers.
     *
     * @param volatileFields those fields, {@code Class.field}, separated by commas; empty when none
     */
    record CounterFields(String volatileFields) implements Fact {
    }

    /**
     * A round of a stress run made no progress for too long: a cook hung (deadlocked, spinning, waiting for what never
     * comes). The kit reported each thread ({@link HungCook}) and halted the kitchen, so no later round ran.
     *
     * @param round the round that hung, from 1
     * @param stalledNanos how long no progress had been made
     * @param handOvers how often the order's pan changed hands meanwhile: cooks that keep stepping aside for each
     *                  other are livelocked
     * @param cpuNanos the CPU time the kitchen burnt meanwhile, all its threads together
     */
    record RoundHung(int round, long stalledNanos, long handOvers, long cpuNanos) implements Fact {
    }

    /**
     * Where a thread of the program was when its round hung (the event carries its id and name).
     *
     * @param state its {@link Thread.State}, by name
     * @param where the innermost frame in the student's code, or empty
     * @param frames its innermost stack frames, one per line
     * @param waitsFor the lock it waited for, as the JVM names it ({@code java.lang.Object@1b6d3586}), or empty
     * @param heldBy the name of the thread holding that lock, or empty
     * @param holds the locks it held, separated by commas, or empty
     * @param deadlocked whether it was in a cycle of threads each waiting for a lock another holds
     */
    record HungCook(String state, String where, String frames, String waitsFor, String heldBy, String holds,
                    boolean deadlocked) implements Fact {
    }

    /**
     * What happened on an order's pan in one round of a stress run (lab 11), counted by the kit.
     *
     * @param round the round, from 1
     * @param handOvers how often the pan changed hands
     * @param mostHandOversForADish the most hand-overs between one dish and the next
     * @param longestWaitNanos the longest time between one dish and the next
     * @param handOversInLongestWait the hand-overs during that longest wait
     * @param dishesAtOnce the most dishes cooked on the pan at one moment
     */
    record PanRound(int round, long handOvers, long mostHandOversForADish, long longestWaitNanos,
                    long handOversInLongestWait, int dishesAtOnce) implements Fact {
    }

    /**
     * How one cook took its turns at the stove in one shift of a stress run (lab 12; the event carries the cook's
     * thread id and name).
     *
     * @param round the shift, from 1
     * @param longestTurn the most dishes it cooked in a row, no other cook's dish between
     */
    record ShiftTurns(int round, int longestTurn) implements Fact {
    }

    /**
     * One busy cook of lab 12's priority shift, by the kit's count (the event carries its thread id and name).
     *
     * @param priority its thread priority when the shift was over
     * @param dishes the dishes it cooked
     * @param arrivedEpochNanos when it came to the shift
     */
    record PriorityCook(int priority, long dishes, long arrivedEpochNanos) implements Fact {
    }

    /**
     * Lab 12's priority shift was over.
     *
     * @param cooks the cooks it was for
     * @param cpus the CPUs the kitchen had
     * @param startEpochNanos when the kit handed it to the student's {@code priorities}
     * @param endEpochNanos when {@code priorities} came back
     */
    record PriorityShift(int cooks, int cpus, long startEpochNanos, long endEpochNanos) implements Fact {
    }

    /**
     * The stop flags of lab 13's class as declared, seen before its stress run: its {@code boolean} fields, and its
     * nested classes', {@code volatile} or plain.
     *
     * @param volatileFlags the {@code volatile} ones, {@code Class.field}, separated by commas; empty when none
     * @param plainFlags the plain ones, the same way
     */
    record FlagFields(String volatileFlags, String plainFlags) implements Fact {
    }

    /**
     * The head cook (the kit, on the kitchen's main thread) called lab 13's {@code stop()} and it came back: the flag
     * is set, and from now on the cook must stop (the event's time).
     *
     * @param round the round, from 1
     * @param cookCpuNanos the CPU time the cook's thread had used by then: how long it had spun
     */
    record FlagSet(int round, long cookCpuNanos) implements Fact {
    }

    /**
     * One round of lab 13's stress run that ended: the kit ran the lab's {@code cook()} on a thread of its own, let it
     * spin, called {@code stop()} and timed how soon {@code cook()} came back.
     *
     * @param round the round, from 1, the warm-up's included
     * @param warmUp whether it was one of the rounds before the ones the frequencies are told over
     * @param startEpochNanos when the cook's thread was started
     * @param flagEpochNanos when {@code stop()} came back; 0 when the cook had stopped before the kit called it
     * @param stoppedEpochNanos when {@code cook()} came back
     * @param spunNanos the CPU time the cook's thread had used when the kit called {@code stop()}, or when the cook
     *                  stopped, had it stopped first
     */
    record FlagRound(int round, boolean warmUp, long startEpochNanos, long flagEpochNanos, long stoppedEpochNanos,
                     long spunNanos) implements Fact {
    }

    /**
     * What happened to the pantry in one round of lab 14's stress run, by the kit's own count of the portions plated on
     * each cook's thread.
     *
     * @param round the round, from 1
     * @param menuDishes the dishes on the menu
     * @param portions the portions of each dish of the menu the pantry was stocked with
     * @param plated the portions plated, every dish together
     * @param dishesOversold the dishes of which more portions were plated than were stocked
     * @param oversold the portions plated beyond the stock, every dish together
     * @param mostOverOneDish the most portions plated beyond the stock of one dish
     * @param unsold the portions left on the shelves, every dish together, though more were asked for
     */
    record PantryRound(int round, int menuDishes, int portions, long plated, int dishesOversold, long oversold,
                       int mostOverOneDish, long unsold) implements Fact {
    }

    /**
     * Lab 14's pantry class as compiled, seen before the stress run with the JDK's own disassembler ({@code javap}).
     *
     * @param volatileFields its {@code volatile} number fields and its nested classes', {@code Class.field}, separated
     *                       by commas; empty when none
     * @param countUpdate the first {@code count++} (or {@code --}) on a field, as its method and bytecodes
     *                    ({@code LastPortion.serveOne: getfield sold, iconst_1, iadd, putfield sold}); empty when none
     * @param concurrentMap whether the class makes a {@code ConcurrentHashMap}
     * @param oneStepMapUpdate whether it updates a map in one call ({@code compute}, {@code merge} and their kin)
     * @param javap whether the JDK running the kitchen has {@code javap}; without it the other figures but the first
     *              are unknown
     */
    record PantryClass(String volatileFields, String countUpdate, boolean concurrentMap, boolean oneStepMapUpdate,
                       boolean javap) implements Fact {
    }
    /** The two kinds of thread a JDK 21+ kitchen can start (lab 15). */
    enum ThreadKind { PLATFORM, VIRTUAL }

    /**
     * One of lab 15's modes ran: the kit called the student's {@code virtualCooks} or {@code platformCooks}, handing
     * it the kit's own shift, and counted from inside every shift the cooks ran on. Everything here was seen by the
     * kit's shift, on the thread that ran it, never taken from the student's output.
     *
     * @param kind the mode the kit called
     * @param cooks how many cooks the lab asks for
     * @param shiftsAtReturn the shifts that had begun when the student's method came back
     * @param doneAtReturn the shifts that had ended when it came back
     * @param shifts the shifts that had begun once the kit stopped waiting for late ones
     * @param threads the distinct threads the shifts ran on
     * @param virtualShifts the shifts that ran on a virtual thread
     * @param mostAtOnce the most shifts under way at one moment
     * @param carriers the distinct platform threads that carried the virtual ones, by name
     * @param platformThreadsStarted the platform threads the JVM started while the mode ran ({@code ThreadMXBean})
     * @param lateShifts the shifts begun so late that the kit let them skip their nap, so a kitchen whose cooks take
     *                   turns still ends in time
     * @param startEpochNanos when the kit called the method
     * @param endEpochNanos when it came back
     * @param napNanos how long each shift naps
     */
    record CooksHired(ThreadKind kind, int cooks, int shiftsAtReturn, int doneAtReturn, int shifts, int threads,
                      int virtualShifts, int mostAtOnce, int carriers, long platformThreadsStarted, int lateShifts,
                      long startEpochNanos, long endEpochNanos, long napNanos) implements Fact {
    }
}
