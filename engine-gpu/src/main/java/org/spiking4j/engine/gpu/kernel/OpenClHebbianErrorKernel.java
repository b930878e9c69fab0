package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.engine.builtin.HebbianErrorParameters;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSpikes;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;

/**
 * The error-driven Hebbian rule on the device (hebbian.cl), the twin of the CPU's
 * HebbianErrorKernel: Δ = −[(p·preWeight)ᵀ·(e·postWeight)] ⊙ (1 − |W|), W before the update.
 */
public final class OpenClHebbianErrorKernel implements OpenClRuleKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("hebbian.cl");

    private final OpenClDevice device;
    private final DeviceProjection projection;
    private final float preWeight;
    private final float postWeight;
    private final DeviceKernel accumulate;

    public OpenClHebbianErrorKernel(OpenClKernelSetup setup, DeviceProjection projection) {
        this.device = setup.device();
        this.projection = projection;
        HebbianErrorParameters parameters = HebbianErrorParameters.of(setup.plan(), projection.plan());
        this.preWeight = parameters.preWeight();
        this.postWeight = parameters.postWeight();
        this.accumulate = device.kernel(PROGRAM, "hebbian_accumulate");
    }

    @Override
    public void accumulate(int rows) {
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        DeviceSpikes.Lists pre = projection.preLists();
        accumulate.launch(device.range(postSize, preSize), pre.spikingRows(), pre.spikingRowCount(),
                projection.signal().values(), projection.weights(), projection.delta(), preWeight, postWeight,
                preSize, postSize, projection.pre().capacityRows());
    }
}
