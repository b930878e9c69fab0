package org.spiking4j.api.component;

/** A local plasticity rule of a projection, driven by pre spikes, post spikes and a signal. */
public interface PlasticityRule extends ComponentDescriptor {

    /** False for a rule that changes its weights itself (STDP), so the circuit needs no optimiser for it. */
    default boolean needsOptimizer() {
        return true;
    }

    @Override
    default ComponentKind kind() {
        return ComponentKind.PLASTICITY_RULE;
    }
}
