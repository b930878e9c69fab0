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
 * thread count draws the same spikes. A uniform lies in [0, 1), so an input x ≤ 0 never spikes and
 * x ≥ 1 always does: a block of four inputs that are all one or the other needs no draw at all (about
 * three blocks in four of an MNIST image: its background and its saturated strokes).
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
        // Whole blocks: the last one may reach past the population's end.
        int blocks = (population.size() + CounterRandom.elementsPerBlock() - 1) / CounterRandom.elementsPerBlock();
        this.uniformsPerWorker = new float[setup.workers()][blocks * CounterRandom.elementsPerBlock()];
        CounterRandom random = new CounterRandom(setup.plan().seed(), RandomStream.INPUT_SPIKES);
        for (int worker = 0; worker < setup.workers(); worker++) {
            randomPerWorker[worker] = random.copy();
        }
    }

    /** Whether some input in [from, to) lies strictly between 0 and 1, where the uniform decides. */
    private static boolean needsDraws(float[] intensity, int from, int to) {
        for (int index = from; index < to; index++) {
            float x = intensity[index];
            if (x > 0f && x < 1f) {
                return true;
            }
        }
        return false;
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
        int blockSize = CounterRandom.elementsPerBlock();
        for (int row = fromRow; row < toRow; row++) {
            int base = row * size;
            int found = base;
            for (int blockStart = 0; blockStart < size; blockStart += blockSize) {
                int blockEnd = Math.min(size, blockStart + blockSize);
                if (needsDraws(intensity, base + blockStart, base + blockEnd)) {
                    random.fillUniformBlock(uniforms, blockStart, blockStart / blockSize, row, batch.step(),
                            batch.randomCoordinate());
                }
                for (int unit = blockStart; unit < blockEnd; unit++) {
                    float x = intensity[base + unit];
                    // Branch-free: where 0 < x < 1 the draw is fresh; elsewhere a stale draw (still in [0, 1))
                    // cannot change the outcome, since u < x is false for x <= 0 and x >= 1 spikes anyway.
                    int spike = (uniforms[unit] < x ? 1 : 0) | (x >= 1f ? 1 : 0);
                    spikes[base + unit] = (byte) spike;
                    // Branch-free listing: always write, advance only on a spike (about 13% of inputs fire).
                    active[found] = unit;
                    found += spike;
                }
            }
            activeCount[row] = found - base;
        }
    }
}
