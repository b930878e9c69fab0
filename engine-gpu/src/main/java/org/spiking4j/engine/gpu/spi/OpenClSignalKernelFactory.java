package org.spiking4j.engine.gpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the OpenCL kernel of one signal model; its model id matches its CPU twin's.
 * The one registration a plugin returns from {@code kernels(type)}:
 * {@code new OpenClSignalKernelFactory("goodness", OpenClGoodnessKernel::new)}.
 */
public record OpenClSignalKernelFactory(String modelId,
        BiFunction<OpenClKernelSetup, DeviceSignal, OpenClSignalKernel> constructor) implements KernelFactory {

    public OpenClSignalKernel create(OpenClKernelSetup setup, DeviceSignal signal) {
        return constructor.apply(setup, signal);
    }
}
