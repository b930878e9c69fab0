package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.SignalPlan;

/** The masked error cell's setup and per-row mask (csdp.md §4.3 items 6–7), the same on every engine. */
public final class ErrorSignals {
    private static final String TRACE = "trace";

    private ErrorSignals() {
    }

    /**
     * Whether the estimate is the population's trace (otherwise its spikes).
     *
     * @throws Spiking4jException when the trace is asked for but absent, or the target's size differs
     */
    public static boolean estimatesWithTrace(CircuitPlan plan, SignalPlan signal) {
        PopulationPlan population = plan.population(signal.population());
        boolean trace = TRACE.equals(signal.estimate());
        if (trace && !population.hasTrace()) {
            throw new Spiking4jException("Signal '" + signal.name() + "' estimates with the trace of population '"
                    + population.name() + "', which has no trace: add 'trace: {tau: ...}' to it.");
        }
        if (!signal.hasTarget() || plan.population(signal.target()).size() != population.size()) {
            throw new Spiking4jException("Signal '" + signal.name() + "' needs a target population of the size of '"
                    + population.name() + "'.");
        }
        return trace;
    }

    /** 2·lab/Σlab of the row: negative rows (lab = 0) and batches without positives contribute nothing. */
    public static float rowMask(BatchContext batch, int row) {
        float positives = batch.contrastSum();
        return positives > 0f ? (2f * batch.contrast()[row]) / positives : 0f;
    }
}
