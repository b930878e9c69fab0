package org.spiking4j.engine.cpu.kernel.neuron;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;

/**
 * The simplified LIF cell of csdp.md §4.3 with its per-sample adaptive threshold, in the float32
 * operation order of §3a. Thresholds start each batch from the jittered thr0 (one value per unit,
 * drawn from the THRESHOLD_JITTER stream at counter (unit / 4, 0, 0, hash of the population name)).
 */
public final class SlifKernel implements CpuNeuronKernel {
    private static final String THRESHOLD_STATE = "thr0";

    private final PopulationBuffers population;
    private final float inverseTauM;
    private final float dt;
    private final float resistance;
    private final float rhoB;
    private final float thresholdFloor;
    private final float[] initialThreshold;
    private final float[] voltage;
    private final float[] threshold;

    public SlifKernel(CpuKernelSetup setup, PopulationBuffers population) {
        this.population = population;
        Map<String, Double> params = population.spec().params();
        String owner = "population '" + population.name() + "' (slif)";
        this.inverseTauM = 1f / (float) CpuKernelSetup.parameter(params, "tauM", owner);
        this.dt = (float) setup.dt();
        this.resistance = (float) CpuKernelSetup.parameter(params, "resistance", owner);
        this.rhoB = (float) CpuKernelSetup.parameter(params, "rhoB", owner);
        this.thresholdFloor = (float) CpuKernelSetup.parameter(params, "thresholdFloor", owner);
        double base = CpuKernelSetup.parameter(params, "threshold", owner);
        double jitter = CpuKernelSetup.parameter(params, "thresholdJitter", owner);
        int size = population.size();
        this.initialThreshold = new float[size];
        CounterRandom random = new CounterRandom(setup.seed(), RandomStream.THRESHOLD_JITTER);
        int populationCoordinate = population.name().hashCode();
        for (int unit = 0; unit < size; unit++) {
            float uniform = random.uniform(unit, 0, 0, populationCoordinate);
            initialThreshold[unit] = (float) (base + jitter * (2.0 * uniform - 1.0));
        }
        this.voltage = new float[setup.capacityRows() * size];
        this.threshold = new float[setup.capacityRows() * size];
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
        for (int row = fromRow; row < toRow; row++) {
            int base = row * size;
            int spikeCount = 0;
            for (int unit = base; unit < base + size; unit++) {
                float drive = resistance == 1f ? current[unit] : current[unit] * resistance;
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
        return Map.of(THRESHOLD_STATE, initialThreshold.clone());
    }

    @Override
    public void importState(Map<String, float[]> state) {
        float[] restored = state.get(THRESHOLD_STATE);
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
