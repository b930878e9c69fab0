package org.spiking4j.engine.cpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the CPU kernel of one signal model. The one registration a plugin returns from {@code kernels(type)}:
 * {@code new CpuSignalKernelFactory("goodness", GoodnessKernel::new)}.
 */
public record CpuSignalKernelFactory(String modelId,
        BiFunction<CpuKernelSetup, SignalBuffers, CpuSignalKernel> constructor) implements KernelFactory {

    public CpuSignalKernel create(CpuKernelSetup setup, SignalBuffers signal) {
        return constructor.apply(setup, signal);
    }
}
