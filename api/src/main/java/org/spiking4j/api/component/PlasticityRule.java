package org.spiking4j.api.component;

/** A local plasticity rule of a projection, driven by pre spikes, post spikes and a signal. */
public interface PlasticityRule extends ComponentDescriptor {

    @Override
    default ComponentKind kind() {
        return ComponentKind.PLASTICITY_RULE;
    }
}
