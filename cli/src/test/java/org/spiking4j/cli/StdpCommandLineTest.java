package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.testkit.backend.BackendRequirement;

/** The STDP plugin through the command line: training, listing, and every bad combination of the issue. */
class StdpCommandLineTest {
    private static final int BAD_INPUT = 2;
    /** Enough test images that a different test state or readout would show in the second decimal. */
    private static final int TRAINING_IMAGES = 200;
    private static final int TEST_IMAGES = 400;

    @TempDir
    static Path shared;
    static String circuitText;
    static Path data;

    @BeforeAll
    static void readCircuit() throws Exception {
        circuitText = Files.readString(Paths.get(StdpCommandLineTest.class.getResource("/stdp-small.yaml").toURI()));
        data = TinyIdxDataset.write(shared.resolve("data"), 24, 8);
    }

    @Test
    void trainsAssignsLabelsAndReportsTheTestAccuracy(@TempDir Path folder) throws Exception {
        Path model = folder.resolve("model");
        CommandLineRun run = CommandLineRun.of("train", "--config", write(folder, circuitText).toString(), "--data",
                data.toString(), "--out", model.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("readout fitted on 24 training images"), run.toString());
        assertTrue(run.out().contains("Test accuracy after pass 1"), run.toString());
        assertTrue(Files.isRegularFile(model.resolve("weights.npz")), run.toString());
        assertTrue(Files.isRegularFile(model.resolve("state.npz")), run.toString());
    }

    @Test
    void evaluateRunsTheOnlineDriverAndGivesTrainsTestAccuracy(@TempDir Path folder) throws Exception {
        Path model = folder.resolve("model");
        Path images = TinyIdxDataset.write(folder.resolve("data"), TRAINING_IMAGES, TEST_IMAGES);
        CommandLineRun train = CommandLineRun.of("train", "--config", write(folder, circuitText).toString(), "--data",
                images.toString(), "--out", model.toString());
        assertEquals(0, train.exitCode(), train.toString());
        String trained = accuracyAfter(train.out(), "test accuracy ");
        CommandLineRun evaluate = CommandLineRun.of("evaluate", "--model", model.toString(), "--data", images.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.toString());
        assertTrue(evaluate.out().contains("learning off"), evaluate.toString());
        assertEquals(trained, accuracyAfter(evaluate.out(), "test accuracy "), train + "\n" + evaluate);
        assertTrue(!evaluate.out().contains("may differ"), evaluate.toString());
    }

    /** The percentage printed after {@code marker}, e.g. "37.50%". */
    private static String accuracyAfter(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, "no '" + marker + "' in\n" + text);
        int end = text.indexOf('%', at);
        return text.substring(at + marker.length(), end + 1);
    }

    @Test
    void pluginsListsTheStdpComponentsWithTheirParameters() {
        CommandLineRun run = CommandLineRun.of("plugins");
        assertEquals(0, run.exitCode(), run.toString());
        for (String expected : new String[] {"lif", "thetaPlus", "tauTheta", "refractory", "stdp", "nuPost",
                "normalize-columns", "total", "unsupervised", "intensity", "label-assignment", "poisson"}) {
            assertTrue(run.out().contains(expected), "'" + expected + "' missing from\n" + run);
        }
    }

    @Test
    void stdpOnAPopulationWithoutTraceNamesLineAndFix(@TempDir Path folder) throws Exception {
        String broken = circuitText.replace("    params: {rest: -65, reset: -60, threshold: -52, tauM: 100, refractory: 5,"
                + " thetaPlus: 0.05, tauTheta: 1.0e7}\n    trace: {tau: 20}\n",
                "    params: {rest: -65, reset: -60, threshold: -52, tauM: 100, refractory: 5, thetaPlus: 0.05,"
                + " tauTheta: 1.0e7}\n");
        assertBadInput(validate(folder, broken), "population 'excitatory' has no trace; add 'trace: {tau: 20}'");
    }

    @Test
    void normalizationWithoutPositiveTotalIsRefused(@TempDir Path folder) throws Exception {
        String broken = circuitText.replace("params: {total: 78.4}", "params: {total: 0}");
        assertBadInput(validate(folder, broken), "above 0");
    }

    @Test
    void anUnknownInputGapsChoiceIsRefused(@TempDir Path folder) throws Exception {
        String broken = circuitText.replace("options: {between: rest}", "options: {between: rest, inputGaps: regular}");
        assertBadInput(validate(folder, broken), "inputGaps");
    }

    @Test
    void normalizationOnAFixedProjectionIsRefused(@TempDir Path folder) throws Exception {
        String broken = circuitText.replace("connect: one-to-one, weight: 22.5}",
                "connect: one-to-one, weight: 22.5, constraint: {model: normalize-columns, params: {total: 1}}}");
        assertBadInput(validate(folder, broken), "which is fixed");
    }

    @Test
    void oneToOneBetweenPopulationsOfDifferentSizesIsRefused(@TempDir Path folder) throws Exception {
        String broken = circuitText.replace("  inhibitory:\n    model: lif\n    size: 20", "  inhibitory:\n    model: lif\n"
                + "    size: 30");
        assertBadInput(validate(folder, broken), "needs populations of equal size");
    }

    @Test
    void labelAssignmentWithMoreClassesThanNeuronsStopsBeforeTraining(@TempDir Path folder) throws Exception {
        String small = circuitText.replace("size: 20", "size: 5");
        CommandLineRun run = CommandLineRun.of("train", "--config", write(folder, small).toString(), "--data",
                data.toString(), "--out", folder.resolve("model").toString());
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("has 5 units for 10 classes"), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
        assertTrue(!run.out().contains("pass 1 training"), run.toString());
    }

    @Test
    void stdpComponentsUnderABatchProtocolHaveNoKernel(@TempDir Path folder) throws Exception {
        String batch = circuitText.replace("model: unsupervised", "model: contrastive-unsupervised")
                .replace("  params: {intensity: 128, rest: 20}\n", "");
        CommandLineRun batchRun = CommandLineRun.of("train", "--config", write(folder, batch).toString(), "--data",
                data.toString(), "--out", folder.resolve("batch-model").toString());
        assertEquals(BAD_INPUT, batchRun.exitCode(), batchRun.toString());
        assertTrue(batchRun.err().contains("lif"), batchRun.toString());
        assertTrue(batchRun.hasNoStackTrace(), batchRun.toString());
    }

    @Test
    void theOpenClBackendTrainsTheCpuDriversModelByteForByte(@TempDir Path folder) throws Exception {
        BackendRequirement.requireAvailable(new OpenClBackendProvider(), BackendRequirement.REQUIRE_OPENCL);
        Path config = write(folder, circuitText);
        CommandLineRun cpu = CommandLineRun.of("train", "--config", config.toString(), "--data", data.toString(),
                "--out", folder.resolve("cpu").toString(), "--backend", "cpu");
        CommandLineRun openCl = CommandLineRun.of("train", "--config", config.toString(), "--data", data.toString(),
                "--out", folder.resolve("opencl").toString(), "--backend", "opencl");
        assertEquals(0, cpu.exitCode(), cpu.toString());
        assertEquals(0, openCl.exitCode(), openCl.toString());
        for (String file : new String[] {"weights.npz", "state.npz"}) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(folder.resolve("cpu").resolve(file)),
                    Files.readAllBytes(folder.resolve("opencl").resolve(file))), file + " differs");
        }
        assertEquals(accuracyLine(cpu.out()), accuracyLine(openCl.out()));
    }

    @Test
    void anOnlineProtocolOnABackendWithoutItsDriverIsRefused(@TempDir Path folder) throws Exception {
        CommandLineRun run = CommandLineRun.of("train", "--config", write(folder, circuitText).toString(), "--data",
                data.toString(), "--out", folder.resolve("model").toString(), "--backend", "no-such-backend");
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--backend cpu or --backend opencl"), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
    }

    private static String accuracyLine(String out) {
        return out.lines().filter(line -> line.startsWith("Test accuracy")).map(line -> line.replaceAll("model in .*", ""))
                .findFirst().orElse("(none)");
    }

    private static CommandLineRun validate(Path folder, String text) throws Exception {
        return CommandLineRun.of("validate", write(folder, text).toString());
    }

    private static Path write(Path folder, String text) throws Exception {
        Path file = folder.resolve("circuit.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static void assertBadInput(CommandLineRun run, String expected) {
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in\n" + run);
        assertTrue(run.err().contains("line"), "expected a line number in\n" + run);
        assertTrue(run.hasNoStackTrace(), run.toString());
    }
}
