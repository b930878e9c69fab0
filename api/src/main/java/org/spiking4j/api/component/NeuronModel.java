package org.spiking4j.api.component;

/** A neuron model: an encoder ({@code bernoulli}, {@code clamp}) or a spiking cell ({@code slif}). */
public interface NeuronModel extends ComponentDescriptor {

    /** True when the population is driven by clamped data rather than by synaptic currents. */
    boolean isEncoder();

    @Override
    default ComponentKind kind() {
        return ComponentKind.NEURON_MODEL;
    }
}
