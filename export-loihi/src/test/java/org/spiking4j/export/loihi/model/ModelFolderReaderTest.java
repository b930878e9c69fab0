package org.spiking4j.export.loihi.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.export.loihi.SyntheticModel;
import org.spiking4j.export.loihi.TrainedCircuit;

/** A missing, corrupted or foreign model directory fails with a message that says what is wrong. */
class ModelFolderReaderTest {

    @TempDir
    Path folder;

    private final ModelFolderReader reader = new ModelFolderReader();

    @Test
    void readsWhatTrainingWrote() throws IOException {
        TrainedCircuit trained = SyntheticModel.trained(2, 0.001);
        ModelFolderFixture.write(folder, trained);
        TrainedCircuit read = reader.read(folder);
        // Compared as YAML: Jackson writes the derived "hollow: false" where the record held null.
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        assertEquals(yaml.writeValueAsString(trained.circuit()), yaml.writeValueAsString(read.circuit()));
        assertArrayEquals(trained.weightsOf("W1"), read.weightsOf("W1"));
        assertArrayEquals(trained.initialThresholds().get("z2"), read.initialThresholds().get("z2"));
        assertEquals(trained.initialThresholds().keySet(), read.initialThresholds().keySet());
    }

    @Test
    void missingFolder() {
        assertMessage(folder.resolve("nope"), "There is no model directory");
    }

    @Test
    void folderWithoutManifestIsNotAModel() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "hello");
        assertMessage(folder, "is not a spiking4j model directory");
    }

    @Test
    void foreignManifest() throws IOException {
        Files.writeString(folder.resolve("manifest.json"), "{\"format\": \"keras\", \"formatVersion\": 3}");
        assertMessage(folder, "does not describe a spiking4j model");
    }

    @Test
    void damagedManifest() throws IOException {
        Files.writeString(folder.resolve("manifest.json"), "{\"format\": ");
        assertMessage(folder, "is not valid JSON");
    }

    @Test
    void newerFormat() throws IOException {
        Files.writeString(folder.resolve("manifest.json"), "{\"format\": \"spiking4j-model\", \"formatVersion\": 99}");
        assertMessage(folder, "newer spiking4j");
    }

    @Test
    void corruptedWeights() throws IOException {
        ModelFolderFixture.write(folder, SyntheticModel.trained(2, 0.001));
        Files.write(folder.resolve("weights.npz"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        assertMessage(folder, "does not match the checksum");
    }

    @Test
    void missingStateFile() throws IOException {
        ModelFolderFixture.write(folder, SyntheticModel.trained(2, 0.001));
        Files.delete(folder.resolve("state.npz"));
        assertMessage(folder, "has no state.npz");
    }

    @Test
    void weightsOfAnotherCircuit() {
        TrainedCircuit trained = SyntheticModel.trained(2, 0.001);
        java.util.Map<String, float[]> weights = new java.util.LinkedHashMap<>(trained.weights());
        weights.put("W1", new float[7]);
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> new TrainedCircuit(trained.circuit(), weights, trained.initialThresholds()));
        assertTrue(error.getMessage().contains("do not belong"), error.getMessage());
    }

    private void assertMessage(Path model, String expected) {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> reader.read(model));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
