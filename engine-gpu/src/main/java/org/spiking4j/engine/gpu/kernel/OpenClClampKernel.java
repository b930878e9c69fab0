package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;

/** Label/context encoder on the device (clamp.cl): the spikes are the clamped values (> 0). */
public final class OpenClClampKernel implements OpenClNeuronKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("clamp.cl");

    private final OpenClDevice device;
    private final DevicePopulation population;
    private final DeviceKernel spikes;

    public OpenClClampKernel(OpenClKernelSetup setup, DevicePopulation population) {
        this.device = setup.device();
        this.population = population;
        this.spikes = device.kernel(PROGRAM, "clamp_spikes");
    }

    @Override
    public void resetBatch(int rows) {
    }

    @Override
    public void step(int rows) {
        int count = rows * population.size();
        spikes.launch(device.range(count), population.clamp(), population.spikes().now().spikes(), count);
    }
}
