package org.spiking4j.api.engine;

import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.backend.KernelIndex;
import org.spiking4j.api.backend.MissingKernels;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * One engine's kernel registrations from every plugin, by kind and model id.
 *
 * @param <N> the engine's neuron kernel registration type
 * @param <S> signal
 * @param <R> plasticity rule
 * @param <O> optimiser
 */
public class KernelCatalog<N extends KernelFactory, S extends KernelFactory, R extends KernelFactory,
        O extends KernelFactory> {
    private final String backendId;
    private final String remedy;
    private final KernelIndex<N> neurons;
    private final KernelIndex<S> signals;
    private final KernelIndex<R> rules;
    private final KernelIndex<O> optimizers;

    /** @param remedy what the user can do when a component has no kernel here, appended to the message */
    public KernelCatalog(String backendId, String remedy, BackendContext context, Class<N> neuronType,
            Class<S> signalType, Class<R> ruleType, Class<O> optimizerType) {
        this.backendId = backendId;
        this.remedy = remedy;
        this.neurons = KernelIndex.of(backendId, context.kernels(neuronType), KernelFactory::modelId);
        this.signals = KernelIndex.of(backendId, context.kernels(signalType), KernelFactory::modelId);
        this.rules = KernelIndex.of(backendId, context.kernels(ruleType), KernelFactory::modelId);
        this.optimizers = KernelIndex.of(backendId, context.kernels(optimizerType), KernelFactory::modelId);
    }

    /** Fails, naming every component of the circuit that has no kernel here (never falls back to another backend). */
    public void requireAll(CircuitDescription circuit) {
        MissingKernels.requireAll(backendId, circuit, neurons::has, signals::has, rules::has, optimizers::has, remedy);
    }

    public N neuron(String id) {
        return neurons.get(id);
    }

    public S signal(String id) {
        return signals.get(id);
    }

    public R rule(String id) {
        return rules.get(id);
    }

    public O optimizer(String id) {
        return optimizers.get(id);
    }
}
