package dev.kitchenlab.catalogue;

import dev.kitchenlab.lab.Lab;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab a mistyped {@code -Dlab} value most likely meant ({@code cook} → {@code cooks}), by edit distance over
 * the labs' names. Only a near miss is suggested: a third of the word's letters may be wrong, at least one, so
 * {@code soup} suggests nothing rather than a lab it only shares letters with. A number is never "corrected":
 * {@code 16} is as near to {@code 06} as to {@code 14}, and the list of labs that follows says more.
 */
final class NearestLab {
    private NearestLab() {
    }

    /** The lab whose id or name is nearest to {@code typed}, if it is near enough to be what was meant. */
    static Optional<Lab> to(String typed, List<Lab> labs) {
        String word = typed.trim().toLowerCase(Locale.ROOT);
        if (!word.matches(".*[a-z].*")) {
            return Optional.empty();
        }
        int allowed = Math.max(1, word.length() / 3);
        return labs.stream()
                .filter(lab -> editDistance(word, lab.name()) <= allowed)
                .min(Comparator.comparingInt(lab -> editDistance(word, lab.name())));
    }

    /** Levenshtein distance: the fewest letters inserted, deleted or replaced to turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
