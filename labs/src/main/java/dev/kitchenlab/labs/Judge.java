package dev.kitchenlab.labs;

import dev.kitchenlab.engine.Observation;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;

import java.util.List;

/**
 * Judges one lab's claim from what its run was seen to do. The kit has already dealt with a lab that was not
 * started, timed out or crashed before a judge is asked.
 */
public interface Judge {

    /** Each expectation of the lab, judged. */
    List<Finding> judge(Observation run);

    /** The figures the verdict line shows. */
    Figures figures(Observation run);
}
