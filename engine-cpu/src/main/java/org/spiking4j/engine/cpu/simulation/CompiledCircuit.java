package org.spiking4j.engine.cpu.simulation;

import java.util.List;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * The CPU form of a circuit: buffers and kernels, populations in declaration order and in step
 * order (encoders, then the delay-0 topological order), and the plastic projections.
 */
record CompiledCircuit(CircuitDescription circuit, int capacityRows, List<Population> populations,
        List<Population> stepOrder, List<Signal> signals, List<ProjectionBuffers> projections, List<Plastic> plastic,
        CpuOptimizerKernel optimizer) {

    /**
     * @param delayedInputs projections read with the previous step's spikes, in circuit order
     * @param immediateInputs delay-0 projections, added after the delayed ones
     * @param outputSums classifier spike counts or reconstruction trace sums, or null
     * @param spikeTotals per row, spikes over the batch so far
     */
    record Population(PopulationBuffers buffers, CpuNeuronKernel kernel, boolean isEncoder, PopulationRole role,
            List<ProjectionBuffers> delayedInputs, List<ProjectionBuffers> immediateInputs, float[] outputSums,
            int[] spikeTotals) {
    }

    record Signal(String name, CpuSignalKernel kernel) {
    }

    /** A plastic projection and its fused per-row learning pass. */
    record Plastic(ProjectionBuffers buffers, CpuRuleKernel rule, WeightConstraints constraints, RangeTask pass) {

        /** Profile label: accumulate the update, optimiser, rule constraint, bounds. */
        String phaseName() {
            return "learning " + buffers.name() + " (" + buffers.spec().rule().model() + ")";
        }
    }
}
