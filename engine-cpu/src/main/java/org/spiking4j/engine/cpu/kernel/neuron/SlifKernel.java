package org.spiking4j.engine.cpu.kernel.neuron;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.engine.builtin.SlifParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;

/**
 * The simplified LIF cell of csdp.md §4.3 with its per-sample adaptive threshold, in the float32
 * operation order of §3a. Thresholds start each batch from the jittered thr0 ({@link SlifParameters}).
 */
public final class SlifKernel implements CpuNeuronKernel {
    private final PopulationBuffers population;
    private final SlifParameters parameters;
    private final float dt;
    private final float[] initialThreshold;
    private final float[] voltage;
    private final float[] threshold;

    public SlifKernel(CpuKernelSetup setup, PopulationBuffers population) {
        this.population = population;
        this.parameters = SlifParameters.of(population.plan());
        this.dt = (float) setup.plan().dt();
        this.initialThreshold = parameters.initialThresholds(setup.plan().seed(), population.plan());
        int cells = setup.plan().capacityRows() * population.size();
        this.voltage = new float[cells];
        this.threshold = new float[cells];
    }

    @Override
    public void resetBatch(int rows) {
        int size = population.size();
        java.util.Arrays.fill(voltage, 0, rows * size, 0f);
        for (int row = 0; row < rows; row++) {
            System.arraycopy(initialThreshold, 0, threshold, row * size, size);
        }
    }

    @Override
    public void step(int fromRow, int toRow, int worker) {
        int size = population.size();
        float[] current = population.current();
        byte[] spikes = population.spikes().spikes();
        boolean unitResistance = parameters.unitResistance();
        float resistance = parameters.resistance();
        float inverseTauM = parameters.inverseTauM();
        float rhoB = parameters.rhoB();
        float thresholdFloor = parameters.thresholdFloor();
        for (int row = fromRow; row < toRow; row++) {
            int base = row * size;
            int spikeCount = 0;
            for (int unit = base; unit < base + size; unit++) {
                float drive = unitResistance ? current[unit] : current[unit] * resistance;
                float dv = drive - voltage[unit];
                dv = dv * inverseTauM;
                dv = dv * dt;
                float v = voltage[unit] + dv;
                boolean fires = v > threshold[unit];
                spikes[unit] = fires ? (byte) 1 : (byte) 0;
                voltage[unit] = fires ? 0f : v;
                spikeCount += fires ? 1 : 0;
            }
            float shift = (spikeCount - 1) * rhoB;
            for (int unit = base; unit < base + size; unit++) {
                threshold[unit] = Math.max(threshold[unit] + shift, thresholdFloor);
            }
        }
    }

    @Override
    public Map<String, float[]> exportState() {
        return Map.of(SlifParameters.INITIAL_THRESHOLDS, initialThreshold.clone());
    }

    @Override
    public void importState(Map<String, float[]> state) {
        float[] restored = state.get(SlifParameters.INITIAL_THRESHOLDS);
        if (restored == null) {
            return;
        }
        if (restored.length != initialThreshold.length) {
            throw new Spiking4jException("Initial thresholds of population '" + population.name() + "' have "
                    + restored.length + " values but the population has " + initialThreshold.length + " units.");
        }
        System.arraycopy(restored, 0, initialThreshold, 0, restored.length);
    }
}
