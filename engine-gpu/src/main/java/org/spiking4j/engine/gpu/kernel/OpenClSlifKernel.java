package org.spiking4j.engine.gpu.kernel;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;

/**
 * The sLIF cell on the device (slif.cl), the twin of the CPU's SlifKernel. The jittered initial
 * thresholds are drawn on the host from the same THRESHOLD_JITTER counters (unit / 4, 0, 0, hash of
 * the population name) with the same arithmetic, then kept on the device.
 */
public final class OpenClSlifKernel implements OpenClNeuronKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("slif.cl");
    private static final String THRESHOLD_STATE = "thr0";

    private final OpenClDevice device;
    private final DevicePopulation population;
    private final float inverseTauM;
    private final float dt;
    private final float resistance;
    private final float rhoB;
    private final float thresholdFloor;
    private final DeviceBuffer initialThreshold;
    private final DeviceBuffer voltage;
    private final DeviceBuffer threshold;
    private final DeviceKernel reset;
    private final DeviceKernel integrate;
    private final DeviceKernel adapt;

    public OpenClSlifKernel(OpenClKernelSetup setup, DevicePopulation population) {
        this.device = setup.device();
        this.population = population;
        Map<String, Double> params = population.spec().params();
        String owner = "population '" + population.name() + "' (slif)";
        this.inverseTauM = 1f / (float) OpenClKernelSetup.parameter(params, "tauM", owner);
        this.dt = (float) setup.dt();
        this.resistance = (float) OpenClKernelSetup.parameter(params, "resistance", owner);
        this.rhoB = (float) OpenClKernelSetup.parameter(params, "rhoB", owner);
        this.thresholdFloor = (float) OpenClKernelSetup.parameter(params, "thresholdFloor", owner);
        double base = OpenClKernelSetup.parameter(params, "threshold", owner);
        double jitter = OpenClKernelSetup.parameter(params, "thresholdJitter", owner);
        int size = population.size();
        float[] initial = new float[size];
        CounterRandom random = new CounterRandom(setup.seed(), RandomStream.THRESHOLD_JITTER);
        int populationCoordinate = population.name().hashCode();
        for (int unit = 0; unit < size; unit++) {
            float uniform = random.uniform(unit, 0, 0, populationCoordinate);
            initial[unit] = (float) (base + jitter * (2.0 * uniform - 1.0));
        }
        String name = population.name();
        long cells = (long) setup.capacityRows() * size;
        this.initialThreshold = device.allocate(name + " initial thresholds", (long) size * Float.BYTES);
        this.initialThreshold.write(initial);
        this.voltage = device.allocate(name + " voltages", cells * Float.BYTES);
        this.threshold = device.allocate(name + " thresholds", cells * Float.BYTES);
        this.reset = device.kernel(PROGRAM, "slif_reset");
        this.integrate = device.kernel(PROGRAM, "slif_integrate");
        this.adapt = device.kernel(PROGRAM, "slif_adapt");
    }

    @Override
    public void resetBatch(int rows) {
        int size = population.size();
        reset.launch(device.range(size, rows), voltage, threshold, initialThreshold, size, rows);
    }

    @Override
    public void step(int rows) {
        int size = population.size();
        // The CPU multiplies by the resistance only when it is not 1, so that x·1 never rounds differently.
        int scaleCurrent = resistance == 1f ? 0 : 1;
        integrate.launch(device.range(size, rows), population.current(), voltage, threshold,
                population.spikes().now().spikes(), inverseTauM, dt, resistance, scaleCurrent, size, rows);
    }

    @Override
    public void adapt(int rows) {
        int size = population.size();
        adapt.launch(device.range(size, rows), threshold, population.spikes().now().activeCount(), rhoB,
                thresholdFloor, size, rows);
    }

    @Override
    public Map<String, float[]> exportState() {
        return Map.of(THRESHOLD_STATE, initialThreshold.readFloats(population.size()));
    }

    @Override
    public void importState(Map<String, float[]> state) {
        float[] restored = state.get(THRESHOLD_STATE);
        if (restored == null) {
            return;
        }
        if (restored.length != population.size()) {
            throw new Spiking4jException("Initial thresholds of population '" + population.name() + "' have "
                    + restored.length + " values but the population has " + population.size() + " units.");
        }
        initialThreshold.write(restored);
    }
}
