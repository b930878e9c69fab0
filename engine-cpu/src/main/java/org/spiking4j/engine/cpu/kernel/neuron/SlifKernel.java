package org.spiking4j.engine.cpu.kernel.neuron;

import java.util.Map;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
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
    /** C2 does not vectorise the voltage loop by itself (a float compare feeding a byte store). */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INT_SPECIES = SPECIES.withLanes(int.class);
    /** Vectors whose spike test is combined into one lane reduction. */
    private static final int GROUP_VECTORS = 8;
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
        int[] active = population.spikes().active();
        int[] activeCount = population.spikes().activeCount();
        boolean unitResistance = parameters.unitResistance();
        float resistance = parameters.resistance();
        float inverseTauM = parameters.inverseTauM();
        float rhoB = parameters.rhoB();
        float thresholdFloor = parameters.thresholdFloor();
        int lanes = SPECIES.length();
        int vectorEnd = SPECIES.loopBound(size);
        for (int row = fromRow; row < toRow; row++) {
            int base = row * size;
            java.util.Arrays.fill(spikes, base, base + size, (byte) 0);
            int spikeCount = 0;
            for (int groupStart = 0; groupStart < vectorEnd; groupStart += lanes * GROUP_VECTORS) {
                int groupEnd = Math.min(vectorEnd, groupStart + lanes * GROUP_VECTORS);
                IntVector overThreshold = IntVector.zero(INT_SPECIES);
                for (int index = base + groupStart; index < base + groupEnd; index += lanes) {
                    FloatVector drive = FloatVector.fromArray(SPECIES, current, index);
                    if (!unitResistance) {
                        drive = drive.mul(resistance);
                    }
                    FloatVector before = FloatVector.fromArray(SPECIES, voltage, index);
                    FloatVector v = before.add(drive.sub(before).mul(inverseTauM).mul(dt));
                    v.intoArray(voltage, index);
                    // v > θ exactly when v − θ > 0 (subnormals keep distinct floats' difference non-zero),
                    // i.e. when its bits, read as an int, are positive: a filter, confirmed below.
                    overThreshold = overThreshold.max(
                            v.sub(FloatVector.fromArray(SPECIES, threshold, index)).reinterpretAsInts());
                }
                if (overThreshold.reduceLanes(VectorOperators.MAX) > 0) {
                    // Rare (a few spikes per row): reset and record the firing units one by one.
                    for (int cell = base + groupStart; cell < base + groupEnd; cell++) {
                        if (voltage[cell] > threshold[cell]) {
                            spikes[cell] = 1;
                            voltage[cell] = 0f;
                            active[base + spikeCount++] = cell - base;
                        }
                    }
                }
            }
            for (int unit = vectorEnd; unit < size; unit++) {
                int index = base + unit;
                float drive = unitResistance ? current[index] : current[index] * resistance;
                float dv = drive - voltage[index];
                dv = dv * inverseTauM;
                dv = dv * dt;
                float v = voltage[index] + dv;
                boolean fires = v > threshold[index];
                spikes[index] = fires ? (byte) 1 : (byte) 0;
                voltage[index] = fires ? 0f : v;
                if (fires) {
                    active[base + spikeCount++] = unit;
                }
            }
            activeCount[row] = spikeCount;
            float shift = (spikeCount - 1) * rhoB;
            for (int index = base; index < base + size; index++) {
                threshold[index] = Math.max(threshold[index] + shift, thresholdFloor);
            }
        }
    }

    /** The spike test visits the firing units in ascending order and lists them as it goes. */
    @Override
    public boolean listsSpikes() {
        return true;
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
