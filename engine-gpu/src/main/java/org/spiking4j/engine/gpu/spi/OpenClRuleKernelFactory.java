package org.spiking4j.engine.gpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the OpenCL kernel of one plasticity rule for one projection; its model id matches its CPU twin's.
 * The one registration a plugin returns from {@code kernels(type)}:
 * {@code new OpenClRuleKernelFactory("csdp", OpenClCsdpKernel::new)}.
 */
public record OpenClRuleKernelFactory(String modelId,
        BiFunction<OpenClKernelSetup, DeviceProjection, OpenClRuleKernel> constructor) implements KernelFactory {

    public OpenClRuleKernel create(OpenClKernelSetup setup, DeviceProjection projection) {
        return constructor.apply(setup, projection);
    }
}
