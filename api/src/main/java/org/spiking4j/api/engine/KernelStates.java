package org.spiking4j.api.engine;

import java.util.List;
import java.util.function.Function;

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

    /** Picks the kernels out of an engine's compiled populations and plastic projections. */
    public static <P, R> KernelStates of(List<P> populations, Function<P, ? extends ComponentState> neuron,
            List<R> plastic, Function<R, ? extends ComponentState> rule, OptimizerState optimizer) {
        return new KernelStates(populations.stream().map(neuron).toList(), plastic.stream().map(rule).toList(),
                optimizer);
    }
}
