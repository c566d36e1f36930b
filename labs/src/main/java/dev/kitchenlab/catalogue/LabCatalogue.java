package dev.kitchenlab.catalogue;

import dev.kitchenlab.catalogue.lab01.PsLab;
import dev.kitchenlab.catalogue.lab02.KitchensLab;
import dev.kitchenlab.catalogue.lab03.CooksLab;
import dev.kitchenlab.catalogue.lab04.QuizLab;
import dev.kitchenlab.catalogue.lab05.TimedLab;
import dev.kitchenlab.catalogue.lab06.SpawnLab;
import dev.kitchenlab.catalogue.lab07.MemoryLab;
import dev.kitchenlab.catalogue.lab08.CrashLab;
import dev.kitchenlab.catalogue.lab09.RaceLab;
import dev.kitchenlab.catalogue.lab10.DeadlockLab;
import dev.kitchenlab.catalogue.lab11.LivelockLab;
import dev.kitchenlab.catalogue.lab12.StarvationLab;
import dev.kitchenlab.catalogue.lab13.VisibilityLab;
import dev.kitchenlab.catalogue.lab14.AtomicityLab;
import dev.kitchenlab.catalogue.lab15.VirtualLab;
import dev.kitchenlab.lab.Lab;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every lab of the kit, in the order of the talk: one line per lab, each declared in a package of its own.
 */
public final class LabCatalogue {
    private static final List<Lab> LABS = List.of(
            PsLab.LAB,
            KitchensLab.LAB,
            CooksLab.LAB,
            QuizLab.LAB,
            TimedLab.LAB,
            SpawnLab.LAB,
            MemoryLab.LAB,
            CrashLab.LAB,
            RaceLab.LAB,
            DeadlockLab.LAB,
            LivelockLab.LAB,
            StarvationLab.LAB,
            VisibilityLab.LAB,
            AtomicityLab.LAB,
            VirtualLab.LAB);

    private LabCatalogue() {
    }

    /** All labs, in order. */
    public static List<Lab> all() {
        return LABS;
    }

    /**
     * The labs a {@code -Dlab} value names: ids or names, comma-separated; blank means all.
     *
     * @throws IllegalArgumentException for a name that is no lab, suggesting the nearest and listing the labs there are
     */
    public static List<Lab> select(String selectors) {
        if (selectors == null || selectors.isBlank()) {
            return LABS;
        }
        List<Lab> chosen = new ArrayList<>();
        for (String selector : selectors.split(",")) {
            if (selector.isBlank()) {
                continue;
            }
            Lab lab = LABS.stream().filter(l -> l.isNamedBy(selector)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("there is no lab '" + selector.trim() + "'"
                            + NearestLab.to(selector, LABS).map(near -> "; did you mean " + near.name() + " ("
                            + near.id() + ")?").orElse("") + "; the labs are: " + listing()));
            if (!chosen.contains(lab)) {
                chosen.add(lab);
            }
        }
        return chosen;
    }

    /** {@code 02 kitchens, 03 cooks}: the labs, for a message. */
    public static String listing() {
        return LABS.stream().map(Lab::label).collect(Collectors.joining(", "));
    }
}
