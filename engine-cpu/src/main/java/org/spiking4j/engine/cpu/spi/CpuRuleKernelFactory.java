package org.spiking4j.engine.cpu.spi;

/** Creates the CPU kernel of one plasticity rule for one projection. */
public interface CpuRuleKernelFactory {

    String modelId();

    CpuRuleKernel create(CpuKernelSetup setup, ProjectionBuffers projection);
}
