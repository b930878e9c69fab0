package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.ProjectionPlan;

/** The error-driven Hebbian rule's pre and post weights (csdp.md §5). */
public record HebbianErrorParameters(float preWeight, float postWeight) {

    /** Reads the rule's parameters, checking that its signal has the post population's size. */
    public static HebbianErrorParameters of(CircuitPlan plan, ProjectionPlan projection) {
        RuleSignals.requireSizeOfPost(plan, projection, "must have the size of its post population");
        return new HebbianErrorParameters(projection.rule().parameters().single("preWeight"),
                projection.rule().parameters().single("postWeight"));
    }
}
