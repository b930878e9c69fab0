package org.spiking4j.runtime.circuit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;

/** The committed circuits under src/test/resources/circuits, and the class-path plugin registry. */
final class CircuitFixtures {

    private CircuitFixtures() {
    }

    static Path circuit(String name) {
        URL url = CircuitFixtures.class.getResource("/circuits/" + name);
        if (url == null) {
            throw new IllegalStateException("Missing test fixture circuits/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PluginRegistry registry() {
        return new PluginLoader(CircuitFixtures.class.getClassLoader()).load(null);
    }
}
