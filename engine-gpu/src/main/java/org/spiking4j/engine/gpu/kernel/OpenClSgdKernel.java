package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.engine.builtin.SgdParameters;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/** Plain descent W = W − η·Δ on the device (sgd.cl), the twin of the CPU's SgdKernel. Stateless. */
public final class OpenClSgdKernel implements OpenClOptimizerKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("weight-constraints.cl", "sgd.cl");

    private final OpenClDevice device;
    private final float eta;
    private final DeviceKernel update;

    public OpenClSgdKernel(OpenClKernelSetup setup) {
        this.device = setup.device();
        this.eta = SgdParameters.of(setup.plan().optimizer().parameters()).eta();
        this.update = device.kernel(PROGRAM, "sgd_step");
    }

    @Override
    public void apply(DeviceProjection projection, WeightConstraints constraints) {
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        update.launch(device.range(postSize, preSize), projection.weights(), projection.delta(),
                constraints.decrement(), constraints.withDecrementFlag(), eta, constraints.lower(),
                constraints.upper(), constraints.hollowFlag(), preSize, postSize);
    }
}
