package org.spiking4j.api.plugin;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;

/**
 * A bundle of components, found by ServiceLoader on the class path or in a {@code plugins/}
 * folder. Built-ins are ordinary plugins.
 */
public interface Spiking4jPlugin {

    /** Kebab-case id, unique among loaded plugins. */
    String id();

    /** Descriptors: neuron models, signals, rules, optimisers, protocols, datasets, exporters, backends. */
    List<ComponentDescriptor> components();

    /**
     * Engine-specific kernels of the given type (e.g. the CPU engine's rule kernels). A plugin that
     * adds a component ships at least its CPU kernel.
     */
    default <K> List<K> kernels(Class<K> kernelType) {
        return List.of();
    }
}
