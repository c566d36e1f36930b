package dev.kitchenlab.catalogue;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.lab.Lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The cases of every lab of the catalogue: each lab's test package holds a class {@code Cases} with a static
 * {@code all()}, so a new lab's programs are judged by the engine tests and the campaign as soon as it has one.
 */
public final class AllCases {
    private AllCases() {
    }

    /** The cases of one lab. */
    @SuppressWarnings("unchecked")
    public static List<LabCase> of(Lab lab) {
        String name = LabCatalogue.class.getPackageName() + "." + lab.packageSegment() + ".Cases";
        try {
            return (List<LabCase>) Class.forName(name).getMethod("all").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("lab " + lab.label() + " has no " + name + " with a static all()", e);
        }
    }

    /** The cases of every lab, in the catalogue's order. */
    public static List<LabCase> everyLab() {
        List<LabCase> cases = new ArrayList<>();
        LabCatalogue.all().forEach(lab -> cases.addAll(of(lab)));
        return cases;
    }
}
