package org.spiking4j.engine.cpu.spi;

/** Creates the CPU kernel of one optimiser. */
public interface CpuOptimizerKernelFactory {

    String modelId();

    CpuOptimizerKernel create(CpuKernelSetup setup);
}
