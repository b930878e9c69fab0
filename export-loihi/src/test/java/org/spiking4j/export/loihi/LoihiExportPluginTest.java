package org.spiking4j.export.loihi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.export.CircuitExporter;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.runtime.builtin.BuiltinPlugin;
import org.spiking4j.runtime.plugin.PluginRegistry;

class LoihiExportPluginTest {

    @Test
    void serviceLoaderFindsTheLavaNetxAndNirExporters() {
        Spiking4jPlugin plugin = ServiceLoader.load(Spiking4jPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof LoihiExportPlugin).findFirst().orElseThrow();
        PluginRegistry registry = PluginRegistry.of(List.of(new BuiltinPlugin(), plugin));
        List<ComponentDescriptor> exporters = registry.components(ComponentKind.CIRCUIT_EXPORTER);
        assertEquals(List.of("lava", "netx", "nir"), exporters.stream().map(ComponentDescriptor::id).toList());
        for (ComponentDescriptor exporter : exporters) {
            CircuitExporter circuitExporter = (CircuitExporter) exporter;
            assertTrue(circuitExporter.fileSuffix().startsWith("."));
            assertTrue(circuitExporter.parameters().isEmpty());
            assertTrue(!circuitExporter.description().isBlank());
        }
    }
}
