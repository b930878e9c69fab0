package org.spiking4j.engine.gpu.spi;

/** Creates the OpenCL kernel of one plasticity rule for one projection; {@link #modelId()} matches its CPU twin. */
public interface OpenClRuleKernelFactory {

    String modelId();

    OpenClRuleKernel create(OpenClKernelSetup setup, DeviceProjection projection);
}
