package org.spiking4j.runtime.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.runtime.plugin.PluginRegistry;

class CircuitFilesTest {
    private final PluginRegistry registry = CircuitFixtures.registry();
    private final CircuitFiles files = new CircuitFiles();

    @Test
    void readLoadsAndValidatesWithoutFillingDefaults() {
        CircuitDescription circuit = files.read(CircuitFixtures.circuit("csdp-small.yaml"), registry);

        assertEquals("csdp-small", circuit.name());
        assertEquals(Map.of(), circuit.population("z2").params());
        assertEquals(Map.of(), circuit.optimizer().params());
    }

    @Test
    void readReportsLoaderAndValidatorProblems() {
        assertThrows(Spiking4jException.class,
                () -> files.read(CircuitFixtures.circuit("broken-typo-key.yaml"), registry));
        String message = assertThrows(Spiking4jException.class,
                () -> files.read(CircuitFixtures.circuit("broken-several.yaml"), registry)).getMessage();
        assertTrue(message.contains("has 6 problems:"), message);
    }

    @Test
    void writtenYamlReadsBackToAnEqualCircuit(@TempDir Path folder) throws IOException {
        CircuitDescription original = files.read(CircuitFixtures.circuit("csdp-small.yaml"), registry);
        Path copy = folder.resolve("copy.yaml");

        files.writeAtomically(original, copy);
        CircuitDescription reread = files.read(copy, registry);

        assertEquals(original, reread);
        assertEquals(List.copyOf(original.projections().keySet()), List.copyOf(reread.projections().keySet()));
        try (var leftovers = Files.list(folder)) {
            assertEquals(List.of(copy), leftovers.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void writtenYamlLeavesOutWhatTheCircuitLeftOut() {
        String yaml = files.write(files.read(CircuitFixtures.circuit("csdp-small.yaml"), registry));

        assertFalse(yaml.contains("params: {}"), yaml);
        assertFalse(yaml.contains("hollow: false"), yaml);
        assertFalse(yaml.startsWith("---"), yaml);
        assertTrue(yaml.contains("role: input"), yaml);
        assertTrue(yaml.contains("apiVersion: spiking4j/v1"), yaml);
    }

    @Test
    void resolvedCircuitsRoundTripToo(@TempDir Path folder) {
        CircuitDescription resolved = new CircuitResolver(registry)
                .resolve(files.read(CircuitFixtures.circuit("csdp-small.yaml"), registry));
        Path written = folder.resolve("model").resolve("circuit.yaml");

        files.writeAtomically(resolved, written);

        assertEquals(resolved, files.read(written, registry));
    }

    @Test
    void namesThatLookLikeNumbersStayText(@TempDir Path folder) {
        CircuitDescription original = files.read(CircuitFixtures.circuit("csdp-small.yaml"), registry);
        Map<String, PopulationSpec> populations = new LinkedHashMap<>(original.populations());
        CircuitDescription numericName = new CircuitDescription(original.apiVersion(), "2024", original.seed(),
                original.time(), populations, original.signals(), original.projections(), original.optimizer(),
                original.protocol(), original.data(), original.backend());
        Path written = folder.resolve("numeric.yaml");

        files.writeAtomically(numericName, written);

        assertEquals(numericName, files.read(written, registry));
    }
}
