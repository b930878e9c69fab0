package org.spiking4j.engine.cpu;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.engine.cpu.kernel.BuiltinCpuKernels;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;

/** Registers the CPU backend and the CPU kernels of the built-in components. */
public final class CpuEnginePlugin implements Spiking4jPlugin {

    @Override
    public String id() {
        return "engine-cpu";
    }

    @Override
    public List<ComponentDescriptor> components() {
        return List.of(new CpuBackendProvider());
    }

    @Override
    public <K> List<K> kernels(Class<K> kernelType) {
        List<Object> all = new ArrayList<>();
        all.addAll(BuiltinCpuKernels.neurons());
        all.addAll(BuiltinCpuKernels.signals());
        all.addAll(BuiltinCpuKernels.rules());
        all.addAll(BuiltinCpuKernels.optimizers());
        List<K> matching = new ArrayList<>();
        for (Object kernel : all) {
            if (kernelType.isInstance(kernel)) {
                matching.add(kernelType.cast(kernel));
            }
        }
        return matching;
    }

    /** Kernel types this plugin contributes, for documentation and contract checks. */
    public static List<Class<?>> kernelTypes() {
        return List.of(CpuNeuronKernelFactory.class, CpuSignalKernelFactory.class, CpuRuleKernelFactory.class,
                CpuOptimizerKernelFactory.class);
    }
}
