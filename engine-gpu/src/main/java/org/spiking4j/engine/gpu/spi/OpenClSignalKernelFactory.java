package org.spiking4j.engine.gpu.spi;

/** Creates the OpenCL kernel of one signal model; {@link #modelId()} matches its CPU twin. */
public interface OpenClSignalKernelFactory {

    String modelId();

    OpenClSignalKernel create(OpenClKernelSetup setup, DeviceSignal signal);
}
