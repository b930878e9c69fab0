package org.spiking4j.api.component;

/** A constraint on a projection's weights applied at sample boundaries ({@code normalize-columns}). */
public interface WeightConstraint extends ComponentDescriptor {

    @Override
    default ComponentKind kind() {
        return ComponentKind.CONSTRAINT;
    }
}
