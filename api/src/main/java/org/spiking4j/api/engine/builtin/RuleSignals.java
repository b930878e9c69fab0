package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.ProjectionPlan;

/** The check a signal-modulated rule makes of its projection's signal on every engine. */
public final class RuleSignals {

    private RuleSignals() {
    }

    /**
     * @param requirement how the message says what the signal must be, e.g. "must live on its post population"
     * @throws Spiking4jException when the rule has no signal or the signal's size differs from the post population's
     */
    public static void requireSizeOfPost(CircuitPlan plan, ProjectionPlan projection, String requirement) {
        int signal = projection.rule().signal();
        if (signal < 0 || plan.population(plan.signals().get(signal).population()).size() != projection.postSize()) {
            throw new Spiking4jException("The signal of " + projection.rule().parameters().owner() + " " + requirement
                    + " '" + plan.population(projection.post()).name() + "'.");
        }
    }
}
