package org.spiking4j.engine.cpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;

/** The CPU kernel factories every plugin contributed, by model id. */
public final class KernelCatalog {
    private final Map<String, CpuNeuronKernelFactory> neurons;
    private final Map<String, CpuSignalKernelFactory> signals;
    private final Map<String, CpuRuleKernelFactory> rules;
    private final Map<String, CpuOptimizerKernelFactory> optimizers;

    public KernelCatalog(BackendContext context) {
        this.neurons = index(context.kernels(CpuNeuronKernelFactory.class), CpuNeuronKernelFactory::modelId);
        this.signals = index(context.kernels(CpuSignalKernelFactory.class), CpuSignalKernelFactory::modelId);
        this.rules = index(context.kernels(CpuRuleKernelFactory.class), CpuRuleKernelFactory::modelId);
        this.optimizers = index(context.kernels(CpuOptimizerKernelFactory.class), CpuOptimizerKernelFactory::modelId);
    }

    private static <F> Map<String, F> index(List<F> factories, Function<F, String> id) {
        Map<String, F> byId = new LinkedHashMap<>();
        for (F factory : factories) {
            if (byId.put(id.apply(factory), factory) != null) {
                throw new Spiking4jException("Two plugins ship a CPU kernel for '" + id.apply(factory)
                        + "'; remove one of them from the class path or the plugins folder.");
            }
        }
        return byId;
    }

    /** Fails, naming every component of the circuit that has no CPU kernel. */
    public void requireAll(CircuitDescription circuit) {
        List<String> missing = new ArrayList<>();
        circuit.populations().forEach((name, spec) -> {
            if (!neurons.containsKey(spec.model())) {
                missing.add("neuron model '" + spec.model() + "' (population " + name + ")");
            }
        });
        circuit.signals().forEach((name, spec) -> {
            if (!signals.containsKey(spec.model())) {
                missing.add("signal '" + spec.model() + "' (" + name + ")");
            }
        });
        circuit.projections().forEach((name, spec) -> {
            if (spec.rule() != null && !rules.containsKey(spec.rule().model())) {
                missing.add("plasticity rule '" + spec.rule().model() + "' (projection " + name + ")");
            }
        });
        if (circuit.optimizer() != null && !optimizers.containsKey(circuit.optimizer().model())) {
            missing.add("optimiser '" + circuit.optimizer().model() + "'");
        }
        if (!missing.isEmpty()) {
            throw new Spiking4jException("The cpu backend has no kernel for " + String.join(", ", missing)
                    + ". Install the plugin that provides them (a jar in plugins/ or on the class path).");
        }
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
