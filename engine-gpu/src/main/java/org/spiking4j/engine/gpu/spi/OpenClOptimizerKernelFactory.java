package org.spiking4j.engine.gpu.spi;

import java.util.function.Function;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the OpenCL kernel of one optimiser; its model id matches its CPU twin's.
 * The one registration a plugin returns from {@code kernels(type)}:
 * {@code new OpenClOptimizerKernelFactory("adam", OpenClAdamKernel::new)}.
 */
public record OpenClOptimizerKernelFactory(String modelId,
        Function<OpenClKernelSetup, OpenClOptimizerKernel> constructor) implements KernelFactory {

    public OpenClOptimizerKernel create(OpenClKernelSetup setup) {
        return constructor.apply(setup);
    }
}
