package org.spiking4j.runtime.builtin;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.runtime.data.FashionMnistSource;
import org.spiking4j.runtime.data.IdxFolderSource;
import org.spiking4j.runtime.data.KmnistSource;
import org.spiking4j.runtime.data.MnistSource;
import org.spiking4j.runtime.data.NpyFolderSource;

/** The built-in dataset sources. */
final class BuiltinDatasets {

    private BuiltinDatasets() {
    }

    static List<ComponentDescriptor> all() {
        return List.of(new MnistSource(), new FashionMnistSource(), new KmnistSource(), new IdxFolderSource(),
                new NpyFolderSource());
    }
}
