package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.MojoFailureException;

import java.util.List;

/** The one lab a goal such as {@code kitchen:hint} works on, from its {@code -Dlab} value. */
final class OneLab {
    private OneLab() {
    }

    /**
     * The lab {@code selector} names.
     *
     * @throws MojoFailureException when it names none, several, or no lab there is, saying how to name one
     */
    static Lab named(String selector, String goal) throws MojoFailureException {
        String example = "mvn kitchen:" + goal + " -Dlab=03";
        if (selector == null || selector.isBlank()) {
            throw new MojoFailureException("name the lab, by id or name, e.g. " + example + "; the labs are: "
                    + LabCatalogue.listing());
        }
        List<Lab> labs;
        try {
            labs = LabCatalogue.select(selector);
        } catch (IllegalArgumentException unknown) {
            throw new MojoFailureException("-Dlab=" + selector + ": " + unknown.getMessage() + "; e.g. " + example);
        }
        if (labs.size() != 1) {
            throw new MojoFailureException("-Dlab=" + selector + " names " + labs.size() + " labs, and kitchen:" + goal
                    + " works on one at a time, e.g. " + example);
        }
        return labs.get(0);
    }
}
