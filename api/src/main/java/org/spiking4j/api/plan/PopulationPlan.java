package org.spiking4j.api.plan;

import java.util.List;
import org.spiking4j.api.circuit.PopulationRole;

/**
 * One population as every engine builds it.
 *
 * @param index position in {@link CircuitPlan#populations()} (declaration order); engines index their buffers by it
 * @param traceDecay the trace's per-step factor f32(1 − dt/τ), or NaN without a trace
 * @param delayedInputs projections read with the previous step's spikes, in circuit order
 * @param immediateInputs delay-0 projections, added after the delayed ones
 * @param output what the batch result reports for this population
 * @param feedsPlasticProjection whether it is the pre side of a plastic projection
 */
public record PopulationPlan(int index, String name, String model, int size, PopulationRole role, boolean encoder,
        float traceDecay, List<ProjectionPlan> delayedInputs, List<ProjectionPlan> immediateInputs, OutputKind output,
        boolean feedsPlasticProjection, Parameters parameters) {

    public PopulationPlan {
        delayedInputs = List.copyOf(delayedInputs);
        immediateInputs = List.copyOf(immediateInputs);
    }

    public boolean hasTrace() {
        return !Float.isNaN(traceDecay);
    }
}
