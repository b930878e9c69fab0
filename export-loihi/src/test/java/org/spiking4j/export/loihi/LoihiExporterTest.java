package org.spiking4j.export.loihi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;

class LoihiExporterTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryFileAndAReportThatListsEveryChoice() throws IOException {
        ExportReport report = ExportFixture.exportAll(folder, QuantizationOptions.defaults());
        assertEquals(List.of("synthetic.lava.h5", "synthetic.net", "synthetic.nir", "lava_loader.py",
                "synthetic.vectors.h5", "synthetic.export-report.json"), report.files());
        for (String file : report.files()) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        assertNotNull(report.accuracy());
        assertNull(report.accuracy().floatAccuracy(), "no float model was given");
        assertEquals(ExportFixture.TEST_IMAGES, report.accuracy().samples());
        assertEquals(List.of("z1", "z2", "zy"), List.copyOf(new java.util.TreeSet<>(report.largestInput().keySet())));

        JsonNode json = new ObjectMapper().readTree(folder.resolve("synthetic.export-report.json").toFile());
        JsonNode projections = json.path("quantization").path("projections");
        assertEquals(7, projections.size());
        for (JsonNode projection : projections) {
            for (String field : List.of("weightExponent", "signMode", "numWeightBits", "clipped")) {
                assertTrue(projection.has(field), field);
            }
        }
        assertTrue(json.path("quantization").path("populations").get(0).has("scale"));
        String notes = json.path("quantization").path("notes").toString() + json.path("formatNotes");
        for (String expected : List.of("Adaptive threshold", "Label-context", "Reconstruction", "netx")) {
            assertTrue(notes.contains(expected), expected);
        }
        String text = report.toText();
        assertTrue(text.contains("bit-accurate Lava simulator"), text);
        assertTrue(text.contains("W1") && text.contains("MIXED") && text.contains("INHIBITORY"), text);
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        ExportFixture.exportAll(folder, QuantizationOptions.defaults());
        byte[] before = Files.readAllBytes(folder.resolve("synthetic.lava.h5"));
        Files.writeString(folder.resolve("synthetic.nir"), "keep me");
        Spiking4jException refused = assertThrows(Spiking4jException.class,
                () -> ExportFixture.exportAll(folder, QuantizationOptions.defaults()));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertTrue(refused.getMessage().contains("synthetic.nir"), refused.getMessage());
        assertEquals("keep me", Files.readString(folder.resolve("synthetic.nir")));
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("synthetic.lava.h5")));

        new LoihiExporter().export(SyntheticModel.trained(11, 0.001),
                ExportFixture.request(folder, QuantizationOptions.defaults()).withForce(true));
        assertTrue(Files.size(folder.resolve("synthetic.nir")) > "keep me".length());
    }

    @Test
    void onlyTheRequestedFormatsAreWrittenAndChecked() throws IOException {
        Files.writeString(folder.resolve("synthetic.net"), "someone else's netx file");
        ExportReport report = new LoihiExporter().export(SyntheticModel.trained(11, 0.001),
                ExportFixture.request(folder, QuantizationOptions.defaults()).withFormats(EnumSet.of(ExportFormat.NIR)));
        assertEquals(List.of("synthetic.nir", "synthetic.vectors.h5", "synthetic.export-report.json"), report.files());
        assertEquals("someone else's netx file", Files.readString(folder.resolve("synthetic.net")));
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> ExportFixture.exportAll(file, QuantizationOptions.defaults()));
        assertTrue(error.getMessage().contains("is a file"), error.getMessage());
    }

    @Test
    void parsesFormats() {
        assertEquals(EnumSet.allOf(ExportFormat.class), ExportFormat.parse("all"));
        assertEquals(EnumSet.of(ExportFormat.LAVA, ExportFormat.NIR), ExportFormat.parse("lava,nir"));
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> ExportFormat.parse("onnx"));
        assertTrue(error.getMessage().contains("lava, netx, nir"), error.getMessage());
    }

    @Test
    void floatAccuracyIsReportedSideBySide() {
        ExportReport report = new LoihiExporter().export(SyntheticModel.trained(11, 0.001),
                ExportFixture.request(folder, QuantizationOptions.defaults()).withFloatAccuracy((images, batch) -> 0.5));
        assertEquals(0.5, report.accuracy().floatAccuracy());
        assertEquals(100 * (0.5 - report.accuracy().bitAccurateAccuracy()), report.accuracy().lossPoints(), 1e-9);
        assertTrue(report.toText().contains("float model (as trained, learning off):    50.00%"), report.toText());
    }

    @Test
    void accuracyDoesNotDependOnTheNumberOfWorkers() {
        ExportReport one = new LoihiExporter().export(SyntheticModel.trained(11, 0.001),
                ExportFixture.request(folder.resolve("a"), QuantizationOptions.defaults()).withWorkers(1));
        ExportReport three = new LoihiExporter().export(SyntheticModel.trained(11, 0.001),
                ExportFixture.request(folder.resolve("b"), QuantizationOptions.defaults()).withWorkers(3));
        assertEquals(one.accuracy().bitAccurateAccuracy(), three.accuracy().bitAccurateAccuracy());
        assertEquals(one.largestInput(), three.largestInput());
        assertEquals(one.spikesPerStep(), three.spikesPerStep());
    }
}
