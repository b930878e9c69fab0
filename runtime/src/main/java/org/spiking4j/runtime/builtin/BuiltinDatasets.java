package org.spiking4j.runtime.builtin;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;

/** The built-in dataset sources. */
final class BuiltinDatasets {

    private BuiltinDatasets() {
    }

    static List<ComponentDescriptor> all() {
        return List.of();
    }
}
