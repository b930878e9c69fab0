package org.spiking4j.engine.cpu.simulation;

import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.engine.KernelCatalog;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;

/** The CPU kernel registrations every plugin contributed, by model id. */
public final class CpuKernelCatalog extends KernelCatalog<CpuNeuronKernelFactory, CpuSignalKernelFactory,
        CpuRuleKernelFactory, CpuOptimizerKernelFactory> {

    public CpuKernelCatalog(BackendContext context) {
        super("cpu", "Install the plugin that provides them (a jar in plugins/ or on the class path).", context,
                CpuNeuronKernelFactory.class, CpuSignalKernelFactory.class, CpuRuleKernelFactory.class,
                CpuOptimizerKernelFactory.class);
    }
}
