package org.spiking4j.engine.cpu;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.KernelShelf;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.engine.cpu.kernel.BuiltinCpuKernels;

/** Registers the CPU backend and the CPU kernels of the built-in components. */
public final class CpuEnginePlugin implements Spiking4jPlugin {
    private static final KernelShelf KERNELS = new KernelShelf(BuiltinCpuKernels.all());

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
        return KERNELS.ofType(kernelType);
    }

}
