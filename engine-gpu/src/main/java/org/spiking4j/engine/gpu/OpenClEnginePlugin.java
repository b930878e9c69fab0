package org.spiking4j.engine.gpu;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.KernelShelf;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.engine.gpu.kernel.BuiltinOpenClKernels;

/** Registers the OpenCL backend and the OpenCL kernels of the built-in components. */
public final class OpenClEnginePlugin implements Spiking4jPlugin {
    private static final KernelShelf KERNELS = new KernelShelf(BuiltinOpenClKernels.all());

    @Override
    public String id() {
        return "engine-gpu";
    }

    @Override
    public List<ComponentDescriptor> components() {
        return List.of(new OpenClBackendProvider());
    }

    @Override
    public <K> List<K> kernels(Class<K> kernelType) {
        return KERNELS.ofType(kernelType);
    }

}
