package org.spiking4j.api.plan;

import java.util.List;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * A circuit resolved, validated and ordered once, for any engine (architecture.md "One time step"):
 * populations in declaration and in step order, their delay-1 and delay-0 inputs, the signals, the
 * projections with their rules, the optimiser, every parameter with its owner's name, and the batch
 * capacity. Engines allocate buffers and create kernels from it; none re-derives any of it.
 *
 * @param capacityRows the largest batch any run will simulate (buffers are allocated once for it)
 * @param optimizer null when no projection is plastic and the circuit names none
 */
public record CircuitPlan(CircuitDescription circuit, long seed, double dt, int steps, int capacityRows,
        List<PopulationPlan> populations, List<PopulationPlan> stepOrder, List<SignalPlan> signals,
        List<ProjectionPlan> projections, OptimizerPlan optimizer) {

    public CircuitPlan {
        populations = List.copyOf(populations);
        stepOrder = List.copyOf(stepOrder);
        signals = List.copyOf(signals);
        projections = List.copyOf(projections);
    }

    /** The plastic projections, in circuit order (the order in which they learn). */
    public List<ProjectionPlan> plastic() {
        return projections.stream().filter(ProjectionPlan::isPlastic).toList();
    }

    public PopulationPlan population(int index) {
        return populations.get(index);
    }
}
