package org.spiking4j.engine.gpu;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.engine.gpu.kernel.BuiltinOpenClKernels;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** Registers the OpenCL backend and the OpenCL kernels of the built-in components. */
public final class OpenClEnginePlugin implements Spiking4jPlugin {

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
        List<Object> all = new ArrayList<>();
        all.addAll(BuiltinOpenClKernels.neurons());
        all.addAll(BuiltinOpenClKernels.signals());
        all.addAll(BuiltinOpenClKernels.rules());
        all.addAll(BuiltinOpenClKernels.optimizers());
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
        return List.of(OpenClNeuronKernelFactory.class, OpenClSignalKernelFactory.class,
                OpenClRuleKernelFactory.class, OpenClOptimizerKernelFactory.class);
    }
}
