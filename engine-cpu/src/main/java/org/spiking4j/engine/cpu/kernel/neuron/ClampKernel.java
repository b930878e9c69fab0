package org.spiking4j.engine.cpu.kernel.neuron;

import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;

/** Label/context encoder: the spikes are the clamped 0/1 values (Bernoulli with p in {0, 1}). */
public final class ClampKernel implements CpuNeuronKernel {
    private final PopulationBuffers population;

    public ClampKernel(PopulationBuffers population) {
        this.population = population;
    }

    @Override
    public void resetBatch(int rows) {
    }

    @Override
    public void step(int fromRow, int toRow, int worker) {
        int size = population.size();
        byte[] spikes = population.spikes().spikes();
        float[] values = population.clamp();
        for (int index = fromRow * size; index < toRow * size; index++) {
            spikes[index] = values[index] > 0f ? (byte) 1 : (byte) 0;
        }
    }
}
