package org.spiking4j.engine.gpu.simulation;

import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.engine.KernelCatalog;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** The OpenCL kernel registrations every plugin contributed, by model id. */
public final class OpenClKernelCatalog extends KernelCatalog<OpenClNeuronKernelFactory, OpenClSignalKernelFactory,
        OpenClRuleKernelFactory, OpenClOptimizerKernelFactory> {

    public OpenClKernelCatalog(BackendContext context) {
        super("opencl", "Install the plugin that provides them with an OpenCL kernel, or run with --backend cpu.",
                context, OpenClNeuronKernelFactory.class, OpenClSignalKernelFactory.class,
                OpenClRuleKernelFactory.class, OpenClOptimizerKernelFactory.class);
    }
}
