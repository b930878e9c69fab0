package org.spiking4j.api.backend;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;

/** What a backend may look up while compiling: the kernels and descriptors every plugin contributed. */
public interface BackendContext {

    /** Every kernel of this engine-specific type, from all plugins. */
    <K> List<K> kernels(Class<K> kernelType);

    /** The descriptor of a component by kind-specific type and id, or null. */
    <D extends ComponentDescriptor> D descriptor(Class<D> type, String id);
}
