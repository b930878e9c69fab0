package org.spiking4j.engine.cpu.spi;

/** Creates the CPU kernel of one neuron model for one population. */
public interface CpuNeuronKernelFactory {

    String modelId();

    CpuNeuronKernel create(CpuKernelSetup setup, PopulationBuffers population);
}
