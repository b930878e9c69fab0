package org.spiking4j.engine.cpu.spi;

import java.util.function.Function;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the CPU kernel of one optimiser. The one registration a plugin returns from {@code kernels(type)}:
 * {@code new CpuOptimizerKernelFactory("adam", AdamKernel::new)}.
 */
public record CpuOptimizerKernelFactory(String modelId,
        Function<CpuKernelSetup, CpuOptimizerKernel> constructor) implements KernelFactory {

    public CpuOptimizerKernel create(CpuKernelSetup setup) {
        return constructor.apply(setup);
    }
}
