package org.spiking4j.engine.cpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the CPU kernel of one plasticity rule for one projection. The one registration a plugin returns from {@code kernels(type)}:
 * {@code new CpuRuleKernelFactory("csdp", CsdpKernel::new)}.
 */
public record CpuRuleKernelFactory(String modelId,
        BiFunction<CpuKernelSetup, ProjectionBuffers, CpuRuleKernel> constructor) implements KernelFactory {

    public CpuRuleKernel create(CpuKernelSetup setup, ProjectionBuffers projection) {
        return constructor.apply(setup, projection);
    }
}
