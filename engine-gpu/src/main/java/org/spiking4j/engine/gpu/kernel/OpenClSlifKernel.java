package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.engine.builtin.SlifParameters;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;

/**
 * The sLIF cell on the device (slif.cl), the twin of the CPU's SlifKernel. The jittered initial
 * thresholds are drawn on the host ({@link SlifParameters}), as the CPU draws them, then kept on the device.
 */
public final class OpenClSlifKernel implements OpenClNeuronKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("slif.cl");

    private final OpenClDevice device;
    private final DevicePopulation population;
    private final SlifParameters parameters;
    private final float dt;
    private final DeviceBuffer initialThreshold;
    private final DeviceBuffer voltage;
    private final DeviceBuffer threshold;
    private final DeviceKernel reset;
    private final DeviceKernel integrate;
    private final DeviceKernel adapt;

    public OpenClSlifKernel(OpenClKernelSetup setup, DevicePopulation population) {
        this.device = setup.device();
        this.population = population;
        this.parameters = SlifParameters.of(population.plan());
        this.dt = (float) setup.plan().dt();
        String name = population.name();
        long cells = (long) setup.plan().capacityRows() * population.size();
        this.initialThreshold = device.allocate(name + " initial thresholds", (long) population.size() * Float.BYTES);
        this.initialThreshold.write(parameters.initialThresholds(setup.plan().seed(), population.plan()));
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
        int scaleCurrent = parameters.unitResistance() ? 0 : 1;
        integrate.launch(device.range(size, rows), population.current(), voltage, threshold,
                population.spikes().now().spikes(), parameters.inverseTauM(), dt, parameters.resistance(),
                scaleCurrent, size, rows);
    }

    @Override
    public void adapt(int rows) {
        int size = population.size();
        adapt.launch(device.range(size, rows), threshold, population.spikes().now().activeCount(),
                parameters.rhoB(), parameters.thresholdFloor(), size, rows);
    }

    @Override
    public Map<String, float[]> exportState() {
        return Map.of(SlifParameters.INITIAL_THRESHOLDS, initialThreshold.readFloats(population.size()));
    }

    @Override
    public void importState(Map<String, float[]> state) {
        float[] restored = state.get(SlifParameters.INITIAL_THRESHOLDS);
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
