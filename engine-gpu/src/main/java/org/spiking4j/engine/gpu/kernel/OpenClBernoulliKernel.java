package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;

/**
 * Bernoulli encoder on the device (bernoulli.cl): the same Philox stream, key and counter as the
 * CPU's BernoulliKernel, so the input spikes are identical; injected spikes are copied instead.
 */
public final class OpenClBernoulliKernel implements OpenClNeuronKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("philox.cl", "bernoulli.cl");
    private static final int UNITS_PER_BLOCK = 4;

    private final OpenClDevice device;
    private final DevicePopulation population;
    private final BatchContext batch;
    private final DeviceKernel spikes;
    private final PhiloxKey key;

    public OpenClBernoulliKernel(OpenClKernelSetup setup, DevicePopulation population) {
        this.device = setup.device();
        this.population = population;
        this.batch = setup.batch();
        this.spikes = device.kernel(PROGRAM, "bernoulli_spikes");
        this.key = PhiloxKey.of(setup.plan().seed(), RandomStream.INPUT_SPIKES);
    }

    @Override
    public void resetBatch(int rows) {
    }

    @Override
    public void step(int rows) {
        int size = population.size();
        if (population.injectedThisBatch()) {
            long stepBytes = (long) rows * size;
            population.spikes().now().spikes().copyFrom(population.injectedSpikes(), batch.step() * stepBytes,
                    stepBytes);
            return;
        }
        int blocks = (size + UNITS_PER_BLOCK - 1) / UNITS_PER_BLOCK;
        spikes.launch(device.range(blocks, rows), population.clamp(), population.spikes().now().spikes(), size,
                batch.step(), batch.randomCoordinate(), key.word0(), key.word1(), rows);
    }
}
