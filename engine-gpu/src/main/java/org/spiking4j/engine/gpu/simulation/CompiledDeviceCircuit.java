package org.spiking4j.engine.gpu.simulation;

import java.util.List;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/**
 * The device form of a circuit: populations in declaration order and in step order (encoders,
 * then the delay-0 topological order), signals, projections and the plastic ones.
 */
record CompiledDeviceCircuit(CircuitDescription circuit, int capacityRows, List<Population> populations,
        List<Population> stepOrder, List<Signal> signals, List<DeviceProjection> projections, List<Plastic> plastic,
        OpenClOptimizerKernel optimizer) {

    /**
     * @param delayedInputs projections read with the previous step's spikes, in circuit order
     * @param immediateInputs delay-0 projections, added after the delayed ones
     * @param outputSums classifier spike counts or reconstruction trace sums (rows, size), or null
     * @param spikeTotals per row, spikes over the batch so far (int)
     */
    record Population(DevicePopulation buffers, OpenClNeuronKernel kernel, boolean isEncoder, PopulationRole role,
            List<DeviceProjection> delayedInputs, List<DeviceProjection> immediateInputs, DeviceBuffer outputSums,
            DeviceBuffer spikeTotals) {
    }

    record Signal(String name, OpenClSignalKernel kernel) {
    }

    record Plastic(DeviceProjection projection, OpenClRuleKernel rule, WeightConstraints constraints) {
    }
}
