package org.spiking4j.engine.gpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** The OpenCL kernel factories every plugin contributed, by model id. */
public final class OpenClKernelCatalog {
    private final Map<String, OpenClNeuronKernelFactory> neurons;
    private final Map<String, OpenClSignalKernelFactory> signals;
    private final Map<String, OpenClRuleKernelFactory> rules;
    private final Map<String, OpenClOptimizerKernelFactory> optimizers;

    public OpenClKernelCatalog(BackendContext context) {
        this.neurons = index(context.kernels(OpenClNeuronKernelFactory.class), OpenClNeuronKernelFactory::modelId);
        this.signals = index(context.kernels(OpenClSignalKernelFactory.class), OpenClSignalKernelFactory::modelId);
        this.rules = index(context.kernels(OpenClRuleKernelFactory.class), OpenClRuleKernelFactory::modelId);
        this.optimizers = index(context.kernels(OpenClOptimizerKernelFactory.class),
                OpenClOptimizerKernelFactory::modelId);
    }

    private static <F> Map<String, F> index(List<F> factories, Function<F, String> id) {
        Map<String, F> byId = new LinkedHashMap<>();
        for (F factory : factories) {
            if (byId.put(id.apply(factory), factory) != null) {
                throw new Spiking4jException("Two plugins ship an OpenCL kernel for '" + id.apply(factory)
                        + "'; remove one of them from the class path or the plugins folder.");
            }
        }
        return byId;
    }

    /** Fails, naming every component of the circuit that has no OpenCL kernel (never falls back to the CPU). */
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
            throw new Spiking4jException("The opencl backend has no kernel for " + String.join(", ", missing)
                    + ". Install the plugin that provides them with an OpenCL kernel, or run with --backend cpu.");
        }
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
