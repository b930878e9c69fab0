package org.spiking4j.engine.gpu.simulation;

import java.util.List;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/**
 * The device form of a plan: buffers and kernels, indexed as the plan indexes populations and
 * projections, the populations also in step order, and the plastic projections.
 *
 * @param optimizer null when the plan has none
 */
record CompiledDeviceCircuit(CircuitPlan plan, List<Population> populations, List<Population> stepOrder,
        List<OpenClSignalKernel> signals, List<DeviceProjection> projections, List<Plastic> plastic,
        OpenClOptimizerKernel optimizer) {

    /**
     * @param outputSums classifier spike counts or reconstruction trace sums (rows, size), or null
     * @param spikeTotals per row, spikes over the batch so far (int)
     */
    record Population(DevicePopulation buffers, OpenClNeuronKernel kernel, List<DeviceProjection> inputs,
            DeviceBuffer outputSums, DeviceBuffer spikeTotals) {
    }

    record Plastic(DeviceProjection projection, OpenClRuleKernel rule, WeightConstraints constraints) {
    }
}
