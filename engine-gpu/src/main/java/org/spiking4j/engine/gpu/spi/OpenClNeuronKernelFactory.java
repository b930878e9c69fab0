package org.spiking4j.engine.gpu.spi;

import java.util.function.BiFunction;
import org.spiking4j.api.engine.KernelFactory;

/**
 * Creates the OpenCL kernel of one neuron model for one population; its model id matches its CPU twin's.
 * The one registration a plugin returns from {@code kernels(type)}:
 * {@code new OpenClNeuronKernelFactory("slif", OpenClSlifKernel::new)}.
 */
public record OpenClNeuronKernelFactory(String modelId,
        BiFunction<OpenClKernelSetup, DevicePopulation, OpenClNeuronKernel> constructor) implements KernelFactory {

    public OpenClNeuronKernel create(OpenClKernelSetup setup, DevicePopulation population) {
        return constructor.apply(setup, population);
    }
}
