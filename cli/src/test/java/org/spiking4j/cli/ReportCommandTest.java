package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spiking4j report} end to end on a small trained model: the files, the numbers, the page in
 * a real browser, {@code train --report}, and one clear sentence for each bad input.
 */
class ReportCommandTest {
    private static final int BAD_INPUT = 2;
    private static final int SAMPLES = 16;

    @TempDir
    static Path shared;
    static Path data;
    static Path model;
    static Path report;

    @BeforeAll
    static void trainAndReport() throws Exception {
        Path circuit = Paths.get(ReportCommandTest.class.getResource("/csdp-small.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 24, 20);
        model = shared.resolve("model");
        CommandLineRun train = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--out", model.toString(), "--epochs", "1", "--report");
        assertEquals(0, train.exitCode(), train.toString());
        assertTrue(train.out().contains("Report written to"), train.toString());
        report = shared.resolve("report");
        CommandLineRun run = CommandLineRun.of("report", "--model", model.toString(), "--data", data.toString(),
                "--out", report.toString(), "--samples", Integer.toString(SAMPLES));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("5-NN accuracy in the 2-D t-SNE of " + SAMPLES + " test images"), run.toString());
    }

    @Test
    void trainWithReportWritesTheReportIntoTheModelDirectory() {
        assertTrue(Files.isRegularFile(model.resolve("report/index.html")));
        assertTrue(Files.isRegularFile(model.resolve("report/report.json")));
    }

    @Test
    void everyDrawnFigureHasItsFilesAndEveryNumberIsInTheJson() throws Exception {
        JsonNode numbers = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals(SAMPLES, numbers.path("samples_embedded").asInt());
        assertEquals(SAMPLES, numbers.path("figures").path("4").path("points").size());
        double separation = numbers.path("figures").path("4").path("knn_accuracy_2d").asDouble(-1);
        assertTrue(separation >= 0 && separation <= 1, "separation " + separation);
        assertEquals(1, numbers.path("figures").path("1").path("epochs").size());
        assertEquals(20, sum(numbers.path("figures").path("6").path("counts")), "confusion counts cover the test set");
        assertEquals(3, numbers.path("figures").path("3").path("images").size());
        for (String file : List.of("learning-curves.png", "learning-curves.svg", "receptive-fields.png", "raster-0.png",
                "raster-2.svg", "embedding.png", "embedding.svg", "reconstructions.png", "confusion-matrix.png")) {
            assertTrue(Files.size(report.resolve(file)) > 0, file);
        }
        String page = Files.readString(report.resolve("index.html"));
        assertTrue(page.contains("Figure 7. Export to Loihi") && page.contains("Left out: Not exported"), page);
        assertTrue(page.contains("Left out: The model has no label-assignment readout"), page);
    }

    @Test
    void thePageShowsEveryImageWithoutConsoleErrorsInHeadlessChromium(@TempDir Path profile) throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start(profile)) {
            HeadlessChromium.PageCheck check = browser.open(report.resolve("index.html"));
            assertTrue(check.images() >= 7, "images on the page: " + check.images());
            assertEquals(List.of(), check.brokenImages(), "images that did not load");
            assertEquals(List.of(), check.consoleErrors(), "console errors");
            browser.screenshot(Path.of("target", "report-screenshot.png"));
            assertTrue(Files.size(Path.of("target", "report-screenshot.png")) > 0);

            // The same check must see a picture that is missing: a copy of the report without one PNG.
            Path damaged = Files.createDirectories(shared.resolve("damaged"));
            try (Stream<Path> files = Files.list(report)) {
                for (Path file : files.toList()) {
                    Files.copy(file, damaged.resolve(file.getFileName()));
                }
            }
            Files.delete(damaged.resolve("embedding.png"));
            HeadlessChromium.PageCheck broken = browser.open(damaged.resolve("index.html"));
            assertEquals(1, broken.brokenImages().size(), broken.toString());
            assertTrue(broken.brokenImages().get(0).endsWith("embedding.png"), broken.toString());
        }
    }

    @Test
    void anExistingReportIsNotReplacedWithoutForce() {
        CommandLineRun run = CommandLineRun.of("report", "--model", model.toString(), "--data", data.toString(),
                "--out", report.toString());
        assertBadInput(run, "already exists; give --force");
    }

    @Test
    void tooFewSamplesLeaveTheEmbeddingOutWithAReason() throws Exception {
        Path few = shared.resolve("few");
        CommandLineRun run = CommandLineRun.of("report", "--model", model.toString(), "--data", data.toString(),
                "--samples", "5", "--out", few.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("no embedding (see the page)"), run.toString());
        assertTrue(Files.readString(few.resolve("index.html")).contains("Left out: Only 5 test images were recorded"));
        assertTrue(Files.isRegularFile(few.resolve("confusion-matrix.png")));
    }

    @Test
    void zeroSamplesIsRefused() {
        CommandLineRun run = CommandLineRun.of("report", "--model", model.toString(), "--data", data.toString(),
                "--samples", "0", "--out", shared.resolve("never").toString());
        assertBadInput(run, "--samples must be at least 1");
    }

    @Test
    void aModelWithoutMetricsIsAnEarlyCheckpoint(@TempDir Path folder) throws Exception {
        Path copy = Files.createDirectories(folder.resolve("early"));
        try (Stream<Path> files = Files.list(model)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.delete(copy.resolve("metrics.jsonl"));
        CommandLineRun run = CommandLineRun.of("report", "--model", copy.toString(), "--data", data.toString());
        assertBadInput(run, "has no metrics.jsonl, so it is an early or incomplete checkpoint");
    }

    @Test
    void aCircuitWithoutAHiddenPopulationIsRefused(@TempDir Path folder) throws Exception {
        Path circuit = Paths.get(ReportCommandTest.class.getResource("/readout-only.yaml").toURI());
        Path readout = folder.resolve("readout");
        CommandLineRun train = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--out", readout.toString());
        assertEquals(0, train.exitCode(), train.toString());
        CommandLineRun run = CommandLineRun.of("report", "--model", readout.toString(), "--data", data.toString());
        assertBadInput(run, "has no hidden population");
    }

    private static int sum(JsonNode rows) {
        int total = 0;
        for (JsonNode row : rows) {
            for (JsonNode count : row) {
                total += count.asInt();
            }
        }
        return total;
    }

    private static void assertBadInput(CommandLineRun run, String expected) {
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), "one paragraph: " + run);
    }
}
