package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} of a trained Diehl &amp; Cook model: the test set runs through the plugin's own driver
 * (so the page's accuracy is train's), with receptive fields, rasters, the embedding of the
 * excitatory layer's rate codes, the confusion matrix of the label-assignment readout and its label map.
 */
class StdpReportCommandTest {
    private static final int TRAINING_IMAGES = 60;
    private static final int TEST_IMAGES = 40;

    @Test
    void reportsAnStdpModelThroughItsOwnDriver(@TempDir Path folder) throws Exception {
        Path data = TinyIdxDataset.write(folder.resolve("data"), TRAINING_IMAGES, TEST_IMAGES);
        Path model = folder.resolve("model");
        CommandLineRun train = CommandLineRun.of("train", "--config", smallCircuit(folder).toString(), "--data",
                data.toString(), "--out", model.toString());
        assertEquals(0, train.exitCode(), train.toString());
        String trained = percentAfter(train.out(), "test accuracy ");

        Path page = folder.resolve("report");
        CommandLineRun report = CommandLineRun.of("report", "--model", model.toString(), "--data", data.toString(),
                "--out", page.toString(), "--samples", "30");
        assertEquals(0, report.exitCode(), report.toString());
        assertEquals(trained, percentAfter(report.out(), "test accuracy "), train + "\n" + report);
        JsonNode numbers = new ObjectMapper().readTree(page.resolve("report.json").toFile());
        JsonNode omitted = numbers.path("omitted");
        for (String drawn : new String[] {"1", "2", "3", "6", "8"}) {
            assertTrue(omitted.path(drawn).isMissingNode(), "figure " + drawn + " left out: " + omitted);
        }
        assertEquals("excitatory", numbers.path("figures").path("8").path("population").asText(), numbers.toString());
        assertEquals(20, numbers.path("figures").path("8").path("assignments").size(), numbers.toString());
        assertEquals("excitatory", numbers.path("figures").path("6").path("population").asText(), numbers.toString());
        assertTrue(Files.isRegularFile(page.resolve("index.html")));
    }

    @Test
    void trainWithReportWritesThePageAtTheEnd(@TempDir Path folder) throws Exception {
        Path data = TinyIdxDataset.write(folder.resolve("data"), TRAINING_IMAGES, TEST_IMAGES);
        Path model = folder.resolve("model");
        CommandLineRun train = CommandLineRun.of("train", "--config", smallCircuit(folder).toString(), "--data",
                data.toString(), "--out", model.toString(), "--report");
        assertEquals(0, train.exitCode(), train.toString());
        assertTrue(Files.isRegularFile(model.resolve("report").resolve("index.html")), train.toString());
        String page = train.out().substring(train.out().indexOf("Report written"));
        assertEquals(percentAfter(train.out(), "test accuracy "), percentAfter(page, "test accuracy "), train.toString());
    }

    /** The test resources' small Diehl &amp; Cook circuit, written into {@code folder}. */
    private static Path smallCircuit(Path folder) throws Exception {
        Path config = folder.resolve("circuit.yaml");
        Files.writeString(config, Files.readString(Paths.get(
                StdpReportCommandTest.class.getResource("/stdp-small.yaml").toURI())));
        return config;
    }

    /** The percentage printed after {@code marker}, e.g. "37.50%". */
    private static String percentAfter(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, "no '" + marker + "' in\n" + text);
        return text.substring(at + marker.length(), text.indexOf('%', at) + 1);
    }
}
