package org.spiking4j.cli.wiring;

import java.util.Comparator;
import java.util.List;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Availability;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.BackendProvider;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Picks the backend: a named one must be available (never a silent fallback); {@code auto} takes
 * an available accelerator of highest priority, else the CPU engine.
 */
public final class BackendSelector {
    private final PluginRegistry registry;

    public BackendSelector(PluginRegistry registry) {
        this.registry = registry;
    }

    public Backend select(String requested) {
        String id = requested == null ? BackendSpec.AUTO : requested;
        if (id.equals(BackendSpec.AUTO)) {
            List<BackendProvider> providers = registry.components(ComponentKind.BACKEND).stream()
                    .map(BackendProvider.class::cast)
                    .filter(provider -> provider.availability().available())
                    .sorted(Comparator.comparing(BackendProvider::isAccelerator)
                            .thenComparing(BackendProvider::priority).reversed())
                    .toList();
            if (providers.isEmpty()) {
                throw new Spiking4jException("No backend is available; the cpu backend (spiking4j-engine-cpu) "
                        + "should always be on the class path, so the installation is broken.");
            }
            return providers.get(0).create(registry);
        }
        BackendProvider provider = registry.require(BackendProvider.class, ComponentKind.BACKEND, id);
        Availability availability = provider.availability();
        if (!availability.available()) {
            throw new Spiking4jException("The " + id + " backend cannot run here: " + availability.reason());
        }
        return provider.create(registry);
    }
}
