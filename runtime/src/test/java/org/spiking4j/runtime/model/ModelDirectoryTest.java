package org.spiking4j.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;

class ModelDirectoryTest {
    private final PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
    private final ModelDirectory models = new ModelDirectory(registry);
    private Checkpoint checkpoint;

    @TempDir
    Path folder;

    @BeforeEach
    void writeModel() throws Exception {
        Path file = Paths.get(getClass().getResource("/circuits/csdp-small.yaml").toURI());
        CircuitDescription circuit = new CircuitResolver(registry).resolve(new CircuitFiles().read(file, registry));
        try (Simulation simulation = new CpuBackendProvider().create(registry).compile(circuit,
                SimulationOptions.defaults())) {
            checkpoint = new Checkpoint(circuit, simulation.exportState(), new TrainingProgress(1, 3, 5, 12, 2.5),
                    List.of(new EpochMetrics(1, 0.5, 0.25, 12.5, 3.0, 2.0, Map.of("z1", 4.0))));
        }
        models.write(folder, checkpoint);
    }

    @Test
    void roundTripsEverything() {
        Checkpoint read = models.read(folder);
        assertEquals(checkpoint.circuit(), read.circuit());
        assertEquals(checkpoint.progress(), read.progress());
        assertEquals(checkpoint.metrics(), read.metrics());
        assertEquals(checkpoint.state().scalars(), read.state().scalars());
        checkpoint.state().arrays().forEach((name, values) ->
                assertArrayEquals(values, read.state().arrays().get(name), name));
        assertTrue(Files.exists(folder.resolve("weights.npz")));
    }

    @Test
    void refusesANewerFormat() throws Exception {
        Path manifest = folder.resolve(ModelFormat.MANIFEST);
        String text = Files.readString(manifest).replace("\"formatVersion\" : 2", "\"formatVersion\" : 99");
        Files.writeString(manifest, text);
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> models.read(folder));
        assertTrue(error.getMessage().contains("newer spiking4j"), error.getMessage());
    }

    @Test
    void refusesCorruptedWeights() throws Exception {
        Path weights = models.currentFiles(folder).resolve(ModelFormat.WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(weights, bytes);
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> models.read(folder));
        assertTrue(error.getMessage().contains("weights.npz") && error.getMessage().contains("corrupted"),
                error.getMessage());
    }

    @Test
    void refusesAFolderThatIsNotAModel(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> models.read(other));
        assertTrue(error.getMessage().contains("not a spiking4j model directory"), error.getMessage());
    }

    @Test
    void refusesAForeignManifest() throws Exception {
        Files.writeString(folder.resolve(ModelFormat.MANIFEST), "{\"format\": \"pytorch\"}");
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> models.read(folder));
        assertTrue(error.getMessage().contains("does not describe a spiking4j model"), error.getMessage());
    }

    @Test
    void keepsTheCurrentAndThePreviousCheckpointAndLinksTheCurrentAtTheTop() throws Exception {
        Checkpoint second = withProgress(new TrainingProgress(1, 4, 6, 16, 3.0));
        Checkpoint third = withProgress(new TrainingProgress(1, 5, 7, 20, 3.5));
        models.write(folder, second);
        models.write(folder, third);
        assertEquals(List.of("000002", "000003"), generationNames());
        Path current = models.currentFiles(folder);
        assertEquals("000003", current.getFileName().toString());
        assertTrue(Files.isSameFile(current.resolve(ModelFormat.WEIGHTS), folder.resolve(ModelFormat.WEIGHTS)),
                "the top-level weights.npz is the current checkpoint's file");
        assertEquals(third.progress(), models.read(folder).progress());
    }

    @Test
    void fallsBackToThePreviousCheckpointWhenTheCurrentIsDamagedAndSaysSo() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        ModelDirectory reporting = new ModelDirectory(registry, warnings::add, PausePoints.none());
        reporting.write(folder, withProgress(new TrainingProgress(1, 4, 6, 16, 3.0)));
        Path state = reporting.currentFiles(folder).resolve(ModelFormat.STATE);
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(state, bytes);
        Checkpoint read = reporting.read(folder);
        assertEquals(checkpoint.progress(), read.progress(), "the previous checkpoint");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("000002") && warnings.get(0).contains("corrupted")
                && warnings.get(0).contains("000001"), warnings.get(0));
    }

    @Test
    void ignoresAndRemovesAnInterruptedWrite() throws Exception {
        Path interrupted = folder.resolve(ModelFormat.CHECKPOINTS).resolve("000002");
        Files.createDirectories(interrupted);
        Files.writeString(interrupted.resolve(ModelFormat.CIRCUIT), "half");
        Files.writeString(folder.resolve(".weights.npz.1234.partial"), "half");
        assertEquals(checkpoint.progress(), models.read(folder).progress());
        models.removeLeftovers(folder);
        assertEquals(List.of("000001"), generationNames());
        assertTrue(!Files.exists(folder.resolve(".weights.npz.1234.partial")));
    }

    @Test
    void aDamagedManifestFallsBackToTheNewestCompleteCheckpoint() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        ModelDirectory reporting = new ModelDirectory(registry, warnings::add, PausePoints.none());
        Files.writeString(folder.resolve(ModelFormat.MANIFEST), "{\"format\": \"spiking4j-mo");
        assertEquals(checkpoint.progress(), reporting.read(folder).progress());
        assertTrue(warnings.get(0).contains("not valid JSON at line 1"), warnings.toString());
    }

    @Test
    void aCorruptManifestWithoutCheckpointsIsOneSentenceWithoutParserText(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve(ModelFormat.MANIFEST), "{\"format\": [");
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> models.read(other));
        assertTrue(error.getMessage().contains("not valid JSON at line 1") && !error.getMessage().contains("Unexpected"),
                error.getMessage());
    }

    @Test
    void aSecondLockOnTheSameDirectoryIsRefused() {
        try (ModelDirectoryLock first = ModelDirectoryLock.acquire(folder)) {
            Spiking4jException error = assertThrows(Spiking4jException.class, () -> ModelDirectoryLock.acquire(folder));
            assertTrue(error.getMessage().contains("being written by another training"), error.getMessage());
        }
        ModelDirectoryLock.acquire(folder).close();
    }

    private Checkpoint withProgress(TrainingProgress progress) {
        return new Checkpoint(checkpoint.circuit(), checkpoint.state(), progress, checkpoint.metrics());
    }

    private List<String> generationNames() throws Exception {
        try (var entries = Files.list(folder.resolve(ModelFormat.CHECKPOINTS))) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
