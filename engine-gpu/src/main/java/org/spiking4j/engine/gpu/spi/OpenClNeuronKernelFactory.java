package org.spiking4j.engine.gpu.spi;

/** Creates the OpenCL kernel of one neuron model for one population; {@link #modelId()} matches its CPU twin. */
public interface OpenClNeuronKernelFactory {

    String modelId();

    OpenClNeuronKernel create(OpenClKernelSetup setup, DevicePopulation population);
}
