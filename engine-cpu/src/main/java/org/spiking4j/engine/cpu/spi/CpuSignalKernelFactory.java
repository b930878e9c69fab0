package org.spiking4j.engine.cpu.spi;

/** Creates the CPU kernel of one signal model. */
public interface CpuSignalKernelFactory {

    String modelId();

    CpuSignalKernel create(CpuKernelSetup setup, SignalBuffers signal);
}
