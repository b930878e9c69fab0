package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.ProjectionPlan;

/**
 * The CSDP rule's constants (csdp.md §5): the projection's scale applied to the signal, and wDecay.
 *
 * @param decays whether the decay term runs at all (wDecay ≠ 0)
 */
public record CsdpParameters(float signalScale, float weightDecay, boolean decays) {

    /** Reads the rule's parameters, checking that its signal lives on the post population. */
    public static CsdpParameters of(CircuitPlan plan, ProjectionPlan projection) {
        RuleSignals.requireSizeOfPost(plan, projection, "must live on its post population");
        float weightDecay = projection.rule().parameters().single("wDecay");
        return new CsdpParameters(projection.rule().signalScale(), weightDecay, weightDecay != 0f);
    }
}
