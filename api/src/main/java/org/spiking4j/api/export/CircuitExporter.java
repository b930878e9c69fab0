package org.spiking4j.api.export;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.ParameterSpec;

/**
 * A target a trained circuit can be exported to ({@code lava}, {@code netx}, {@code nir}): the
 * descriptor that {@code spiking4j plugins} lists and {@code spiking4j export --format} names. The
 * exporting itself is done by the plugin's own entry point, because exporters of one toolchain
 * share their quantisation.
 */
public interface CircuitExporter extends ComponentDescriptor {

    /** The suffix of the main file it writes, e.g. {@code .lava.h5}. */
    String fileSuffix();

    @Override
    default ComponentKind kind() {
        return ComponentKind.CIRCUIT_EXPORTER;
    }

    @Override
    default List<ParameterSpec> parameters() {
        return List.of();
    }
}
