package org.spiking4j.engine.cpu.simulation;

import java.util.List;
import org.spiking4j.api.engine.ProfilePhases;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * The CPU form of a plan: buffers and kernels, indexed as the plan indexes populations and
 * projections, the populations also in step order, and the plastic projections.
 *
 * @param optimizer null when the plan has none
 */
record CompiledCircuit(CircuitPlan plan, List<Population> populations, List<Population> stepOrder,
        List<CpuSignalKernel> signals, List<ProjectionBuffers> projections, List<Plastic> plastic,
        CpuOptimizerKernel optimizer) {

    /**
     * @param delayedInputs projections read with the previous step's spikes, in circuit order
     * @param immediateInputs delay-0 projections, added after the delayed ones
     * @param outputSums classifier spike counts or reconstruction trace sums, or null
     * @param spikeTotals per row, spikes over the batch so far
     */
    record Population(PopulationBuffers buffers, CpuNeuronKernel kernel, List<ProjectionBuffers> delayedInputs,
            List<ProjectionBuffers> immediateInputs, float[] outputSums, int[] spikeTotals) {

        boolean isEncoder() {
            return buffers.plan().encoder();
        }
    }

    /** A plastic projection and its fused per-row learning pass. */
    record Plastic(ProjectionBuffers buffers, CpuRuleKernel rule, RangeTask pass) {

        /** Profile label: accumulate the update, optimiser, rule constraint, bounds. */
        String phaseName() {
            return ProfilePhases.learning(buffers.plan());
        }
    }
}
