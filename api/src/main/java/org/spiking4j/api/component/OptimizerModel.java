package org.spiking4j.api.component;

/** An optimiser that applies every rule's update to its weights ({@code adam}, {@code sgd}). */
public interface OptimizerModel extends ComponentDescriptor {

    @Override
    default ComponentKind kind() {
        return ComponentKind.OPTIMIZER;
    }
}
