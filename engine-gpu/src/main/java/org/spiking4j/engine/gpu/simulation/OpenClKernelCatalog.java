package org.spiking4j.engine.gpu.simulation;

import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.backend.KernelIndex;
import org.spiking4j.api.backend.MissingKernels;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** The OpenCL kernel factories every plugin contributed, by model id. */
public final class OpenClKernelCatalog {
    private static final String BACKEND = "opencl";

    private final KernelIndex<OpenClNeuronKernelFactory> neurons;
    private final KernelIndex<OpenClSignalKernelFactory> signals;
    private final KernelIndex<OpenClRuleKernelFactory> rules;
    private final KernelIndex<OpenClOptimizerKernelFactory> optimizers;

    public OpenClKernelCatalog(BackendContext context) {
        this.neurons = KernelIndex.of(BACKEND, context.kernels(OpenClNeuronKernelFactory.class),
                OpenClNeuronKernelFactory::modelId);
        this.signals = KernelIndex.of(BACKEND, context.kernels(OpenClSignalKernelFactory.class),
                OpenClSignalKernelFactory::modelId);
        this.rules = KernelIndex.of(BACKEND, context.kernels(OpenClRuleKernelFactory.class),
                OpenClRuleKernelFactory::modelId);
        this.optimizers = KernelIndex.of(BACKEND, context.kernels(OpenClOptimizerKernelFactory.class),
                OpenClOptimizerKernelFactory::modelId);
    }

    /** Fails, naming every component of the circuit that has no kernel here (never falls back to another backend). */
    public void requireAll(CircuitDescription circuit) {
        MissingKernels.requireAll(BACKEND, circuit, neurons::has, signals::has, rules::has, optimizers::has,
                "Install the plugin that provides them with an OpenCL kernel, or run with --backend cpu.");
    }

    public OpenClNeuronKernelFactory neuron(String id) {
        return neurons.get(id);
    }

    public OpenClSignalKernelFactory signal(String id) {
        return signals.get(id);
    }

    public OpenClRuleKernelFactory rule(String id) {
        return rules.get(id);
    }

    public OpenClOptimizerKernelFactory optimizer(String id) {
        return optimizers.get(id);
    }
}
