package org.spiking4j.engine.gpu.spi;

/** Creates the OpenCL kernel of one optimiser; {@link #modelId()} matches its CPU twin. */
public interface OpenClOptimizerKernelFactory {

    String modelId();

    OpenClOptimizerKernel create(OpenClKernelSetup setup);
}
