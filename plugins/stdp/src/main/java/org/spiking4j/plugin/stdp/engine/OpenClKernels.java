package org.spiking4j.plugin.stdp.engine;

import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.KernelSource;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;

/** The kernels of {@code online-circuit.cl}, built once on the device. */
record OpenClKernels(DeviceKernel lifStep, DeviceKernel lifReset, DeviceKernel deliverDense,
        DeviceKernel deliverPattern, DeviceKernel preTraces, DeviceKernel column, DeviceKernel resetTraces,
        DeviceKernel normalizeColumn) {
    static final String FILE = "/org/spiking4j/plugin/stdp/opencl/online-circuit.cl";

    static OpenClKernels build(OpenClDevice device) {
        ProgramSource source = ProgramSource.of(KernelSource.resource(OpenClKernels.class, FILE));
        return new OpenClKernels(device.kernel(source, "lif_step"), device.kernel(source, "lif_reset"),
                device.kernel(source, "deliver_dense"), device.kernel(source, "deliver_pattern"),
                device.kernel(source, "stdp_pre_traces"), device.kernel(source, "stdp_column"),
                device.kernel(source, "stdp_reset_traces"), device.kernel(source, "normalize_column"));
    }
}
