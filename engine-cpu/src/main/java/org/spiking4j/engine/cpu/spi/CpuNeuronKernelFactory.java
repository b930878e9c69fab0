package org.spiking4j.engine.cpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the CPU kernel of one neuron model for one population. The one registration a plugin returns from {@code kernels(type)}:
 * {@code new CpuNeuronKernelFactory("slif", SlifKernel::new)}.
 */
public record CpuNeuronKernelFactory(String modelId,
        BiFunction<CpuKernelSetup, PopulationBuffers, CpuNeuronKernel> constructor) implements KernelFactory {

    public CpuNeuronKernel create(CpuKernelSetup setup, PopulationBuffers population) {
        return constructor.apply(setup, population);
    }
}
