package org.spiking4j.engine.cpu.kernel.neuron;

import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;

/**
 * Bernoulli encoder: s = 1[u &lt; x] with a fresh uniform per (row, step, unit). The uniforms come from
 * the INPUT_SPIKES stream at counter (unit / 4, row, step, batch coordinate), so every backend and
 * thread count draws the same spikes.
 */
public final class BernoulliKernel implements CpuNeuronKernel {
    private final PopulationBuffers population;
    private final BatchContext batch;
    private final CounterRandom[] randomPerWorker;
    private final float[][] uniformsPerWorker;

    public BernoulliKernel(CpuKernelSetup setup, PopulationBuffers population) {
        this.population = population;
        this.batch = setup.batch();
        this.randomPerWorker = new CounterRandom[setup.workers()];
        this.uniformsPerWorker = new float[setup.workers()][population.size()];
        CounterRandom random = new CounterRandom(setup.plan().seed(), RandomStream.INPUT_SPIKES);
        for (int worker = 0; worker < setup.workers(); worker++) {
            randomPerWorker[worker] = random.copy();
        }
    }

    @Override
    public void resetBatch(int rows) {
    }

    @Override
    public boolean listsSpikes() {
        return true;
    }

    @Override
    public void step(int fromRow, int toRow, int worker) {
        int size = population.size();
        byte[] spikes = population.spikes().spikes();
        byte[][] injected = population.injectedSpikes();
        if (injected != null) {
            System.arraycopy(injected[batch.step()], fromRow * size, spikes, fromRow * size, (toRow - fromRow) * size);
            for (int row = fromRow; row < toRow; row++) {
                population.spikes().indexRow(row);
            }
            return;
        }
        float[] intensity = population.clamp();
        float[] uniforms = uniformsPerWorker[worker];
        CounterRandom random = randomPerWorker[worker];
        int[] active = population.spikes().active();
        int[] activeCount = population.spikes().activeCount();
        for (int row = fromRow; row < toRow; row++) {
            random.fillUniform(uniforms, 0, size, row, batch.step(), batch.randomCoordinate());
            int base = row * size;
            int found = base;
            for (int unit = 0; unit < size; unit++) {
                int spike = uniforms[unit] < intensity[base + unit] ? 1 : 0;
                spikes[base + unit] = (byte) spike;
                // Branch-free listing: always write, advance only on a spike (about 13% of inputs fire).
                active[found] = unit;
                found += spike;
            }
            activeCount[row] = found - base;
        }
    }
}
