package dev.kitchenlab.labs;

import java.util.Locale;

/**
 * One lab of the catalogue: one claim of the talk, the program the student writes for it, and how it is judged.
 *
 * @param id two digits, {@code 03}
 * @param name a short name, {@code cooks}
 * @param title what a passing run shows, in a few words
 * @param className the simple name of the class holding the lab's {@code main}, in a package ending in {@code labNN}
 * @param claim the talk's claim this lab tests
 * @param jvmOptions the kitchen's and the cooks' JVM options
 * @param forksCooks whether the lab's kitchen starts cook processes, so a check measures what they cost first
 * @param timeoutTicks how many ticks a run may take before it is stopped (plus a fixed allowance for JVM start)
 * @param minimumJdk the oldest JDK feature release the lab can run on
 * @param judge how a run is judged
 */
public record Lab(String id, String name, String title, String className, String claim, JvmOptions jvmOptions,
                  boolean forksCooks, int timeoutTicks, int minimumJdk, Judge judge) {

    /** The last segment of the lab's package: {@code lab03}. */
    public String packageSegment() {
        return "lab" + id;
    }

    /** Whether {@code -Dlab} names this lab, by id ({@code 03} or {@code 3}) or by name ({@code cooks}). */
    public boolean isNamedBy(String selector) {
        String wanted = selector.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals(name) || wanted.equals(id) || wanted.equals(packageSegment())) {
            return true;
        }
        return wanted.matches("\\d{1,2}") && Integer.parseInt(wanted) == Integer.parseInt(id);
    }

    /** {@code 03 cooks}, as the console shows a lab. */
    public String label() {
        return id + " " + name;
    }
}
