package org.spiking4j.api.engine;

import java.util.List;

/**
 * The kernels whose state a checkpoint carries, as an engine compiled them for the plan.
 *
 * @param neurons one per population, by plan index
 * @param rules one per plastic projection, in {@link org.spiking4j.api.plan.CircuitPlan#plastic()} order
 * @param optimizer null when the plan has no optimiser
 */
public record KernelStates(List<? extends ComponentState> neurons, List<? extends ComponentState> rules,
        OptimizerState optimizer) {

    public KernelStates {
        neurons = List.copyOf(neurons);
        rules = List.copyOf(rules);
    }
}
