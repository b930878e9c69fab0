package org.spiking4j.engine.cpu.simulation;

import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.backend.KernelIndex;
import org.spiking4j.api.backend.MissingKernels;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;

/** The CPU kernel factories every plugin contributed, by model id. */
public final class CpuKernelCatalog {
    private static final String BACKEND = "cpu";

    private final KernelIndex<CpuNeuronKernelFactory> neurons;
    private final KernelIndex<CpuSignalKernelFactory> signals;
    private final KernelIndex<CpuRuleKernelFactory> rules;
    private final KernelIndex<CpuOptimizerKernelFactory> optimizers;

    public CpuKernelCatalog(BackendContext context) {
        this.neurons = KernelIndex.of(BACKEND, context.kernels(CpuNeuronKernelFactory.class),
                CpuNeuronKernelFactory::modelId);
        this.signals = KernelIndex.of(BACKEND, context.kernels(CpuSignalKernelFactory.class),
                CpuSignalKernelFactory::modelId);
        this.rules = KernelIndex.of(BACKEND, context.kernels(CpuRuleKernelFactory.class),
                CpuRuleKernelFactory::modelId);
        this.optimizers = KernelIndex.of(BACKEND, context.kernels(CpuOptimizerKernelFactory.class),
                CpuOptimizerKernelFactory::modelId);
    }

    /** Fails, naming every component of the circuit that has no kernel here (never falls back to another backend). */
    public void requireAll(CircuitDescription circuit) {
        MissingKernels.requireAll(BACKEND, circuit, neurons::has, signals::has, rules::has, optimizers::has,
                "Install the plugin that provides them (a jar in plugins/ or on the class path).");
    }

    public CpuNeuronKernelFactory neuron(String id) {
        return neurons.get(id);
    }

    public CpuSignalKernelFactory signal(String id) {
        return signals.get(id);
    }

    public CpuRuleKernelFactory rule(String id) {
        return rules.get(id);
    }

    public CpuOptimizerKernelFactory optimizer(String id) {
        return optimizers.get(id);
    }
}
