package org.spiking4j.api.component;

/** A per-population signal computed each step and read by plasticity rules. */
public interface SignalModel extends ComponentDescriptor {

    /** True when the signal compares a target population with an estimate ({@code target} and {@code estimate} keys). */
    boolean needsTarget();

    @Override
    default ComponentKind kind() {
        return ComponentKind.SIGNAL_MODEL;
    }
}
