package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;
import org.spiking4j.testkit.golden.GoldenFiles;

/** The command line end to end: training, evaluation, checks, and a clear exit 2 for every kind of bad input. */
class CommandLineTest {
    private static final int BAD_INPUT = 2;

    @TempDir
    static Path shared;
    static Path circuit;
    static Path data;
    static Path model;

    @BeforeAll
    static void trainSmallModel() throws Exception {
        circuit = Paths.get(CommandLineTest.class.getResource("/csdp-small.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 24, 8);
        model = shared.resolve("model");
        CommandLineRun run = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--out", model.toString(), "--epochs", "1");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Test accuracy after epoch 1"), run.toString());
    }

    @Test
    void evaluatesTheTrainedModel() {
        CommandLineRun run = CommandLineRun.of("evaluate", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("test accuracy"), run.toString());
    }

    @Test
    void refusesToOverwriteAModel() {
        CommandLineRun run = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--out", model.toString());
        assertBadInput(run, "already holds a trained model");
    }

    @Test
    void benchReportsTheTrainingTimeAsAMultipleOfTheMeasuredOptimiserFloor(@TempDir Path folder) throws Exception {
        Path json = folder.resolve("bench.json");
        CommandLineRun run = CommandLineRun.of("bench", "--config", circuit.toString(), "--strategies", "event",
                "--warmup-batches", "0", "--train-batches", "1", "--test-batches", "1", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("memory bandwidth (STREAM triad"), run.toString());
        assertTrue(run.out().contains("the optimiser floor"), run.toString());
        com.fasterxml.jackson.databind.JsonNode figures = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile());
        double floor = figures.at("/memory_floor/floor_seconds_per_positive_sample").asDouble();
        double train = figures.at("/strategies/event/train_seconds_per_sample").asDouble();
        assertTrue(floor > 0, figures.toString());
        assertEquals(train / floor, figures.at("/train_multiple_of_floor/event").asDouble(), 1e-9 * train / floor);
    }

    @Test
    void typoedKeyNamesLineAndColumn(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("typo.yaml");
        Files.writeString(broken, Files.readString(circuit).replace("size: 40", "sise: 40"));
        CommandLineRun run = CommandLineRun.of("validate", broken.toString());
        assertBadInput(run, "line 11, column 5");
        assertTrue(run.err().contains("sise"), run.toString());
    }

    @Test
    void wrongTypeNamesLineAndColumn(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("type.yaml");
        Files.writeString(broken, Files.readString(circuit).replace("steps: 16", "steps: sixteen"));
        CommandLineRun run = CommandLineRun.of("train", "--config", broken.toString(), "--data", data.toString());
        assertBadInput(run, "line 5");
        assertTrue(run.err().contains("expected a whole number"), run.toString());
    }

    @Test
    void unknownModelIdListsTheKnownIds(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("unknown.yaml");
        Files.writeString(broken, Files.readString(circuit).replace("model: slif", "model: izhikevich"));
        CommandLineRun run = CommandLineRun.of("validate", broken.toString());
        assertBadInput(run, "izhikevich");
        assertTrue(run.err().contains("Known neuron models: bernoulli, clamp, "), run.toString());
        assertTrue(run.err().contains("slif"), run.toString());
    }

    @Test
    void unknownBackendListsTheKnownOnes() {
        CommandLineRun run = CommandLineRun.of("evaluate", "--model", model.toString(), "--data", data.toString(),
                "--backend", "quantum");
        assertBadInput(run, "Known backends: cpu");
    }

    @Test
    void truncatedIdxFileIsNamed(@TempDir Path folder) throws Exception {
        Path copy = TinyIdxDataset.write(folder.resolve("data"), 24, 8);
        Path images = copy.resolve("t10k-images-idx3-ubyte");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CommandLineRun run = CommandLineRun.of("evaluate", "--model", model.toString(), "--data", copy.toString());
        assertBadInput(run, "t10k-images-idx3-ubyte");
    }

    @Test
    void nonIdxFileIsNamed(@TempDir Path folder) throws Exception {
        Path copy = TinyIdxDataset.write(folder.resolve("data"), 24, 8);
        Files.writeString(copy.resolve("train-labels-idx1-ubyte"), "this is a text file, not IDX");
        CommandLineRun run = CommandLineRun.of("train", "--config", circuit.toString(), "--data", copy.toString(),
                "--out", folder.resolve("out").toString());
        assertBadInput(run, "train-labels-idx1-ubyte");
    }

    @Test
    void newerModelFormatIsRefused(@TempDir Path folder) throws Exception {
        Path copy = copyModel(folder);
        Path manifest = copy.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 2", "\"formatVersion\" : 7"));
        assertBadInput(CommandLineRun.of("evaluate", "--model", copy.toString(), "--data", data.toString()),
                "newer spiking4j");
    }

    @Test
    void corruptedWeightsAreRefused(@TempDir Path folder) throws Exception {
        Path copy = copyModel(folder);
        Path weights = ModelFiles.current(copy).resolve("weights.npz");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 3] ^= 0x11;
        Files.write(weights, bytes);
        assertBadInput(CommandLineRun.of("evaluate", "--model", copy.toString(), "--data", data.toString()),
                "corrupted");
    }

    @Test
    void pluginsListsEveryKindWithParameters() {
        CommandLineRun run = CommandLineRun.of("plugins");
        assertEquals(0, run.exitCode(), run.toString());
        for (String expected : new String[] {"Neuron models:", "slif", "tauM", "default 100", "goodness", "csdp",
                "hebbian-error", "adam", "sgd", "contrastive-supervised", "contrastive-unsupervised", "mnist",
                "fashion-mnist", "Backends:", "cpu"}) {
            assertTrue(run.out().contains(expected), "missing " + expected + " in\n" + run.out());
        }
    }

    @Test
    void oracleCheckPassesTheGoldenFileAndPinpointsADifference(@TempDir Path folder) {
        Path golden = GoldenFiles.copyBundled(folder);
        CommandLineRun pass = CommandLineRun.of("oracle", "check", golden.toString());
        assertEquals(0, pass.exitCode(), pass.toString());
        assertTrue(pass.out().startsWith("PASS"), pass.toString());

        Map<String, NdArray> arrays = new LinkedHashMap<>(NpzArchive.read(golden));
        NdArray spikes = arrays.get("b1_s2");
        byte[] flipped = ((byte[]) spikes.data()).clone();
        int step = 5;
        int index = step * spikes.dimension(1) * spikes.dimension(2) + 3;
        flipped[index] ^= 1;
        arrays.put("b1_s2", NdArray.ofBytes(flipped, spikes.shape()));
        Path tampered = folder.resolve("tampered.npz");
        NpzArchive.write(tampered, arrays);
        CommandLineRun fail = CommandLineRun.of("oracle", "check", tampered.toString());
        assertEquals(1, fail.exitCode(), fail.toString());
        assertTrue(fail.out().contains("population z2, training batch 1, step 5"), fail.toString());
    }

    @Test
    void exportsAndReportsBothAccuraciesButNeverOverwritesWithoutForce(@TempDir Path folder) {
        Path out = folder.resolve("export");
        String[] export = {"export", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
                "--format", "all"};
        CommandLineRun first = CommandLineRun.of(export);
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("float engine") && first.out().contains("bit-accurate"), first.toString());
        // Not a terminal here, so both evaluations report plain progress lines with the test images classified.
        assertTrue(first.err().contains("float model: ") && first.err().contains("bit-accurate model: 8/8"),
                first.toString());
        assertTrue(Files.exists(out.resolve("csdp-small.lava.h5")), first.toString());
        assertBadInput(CommandLineRun.of(export), "--force");
        String[] forced = java.util.Arrays.copyOf(export, export.length + 1);
        forced[export.length] = "--force";
        assertEquals(0, CommandLineRun.of(forced).exitCode());
    }

    @Test
    void exportOfAMissingModelIsRefused(@TempDir Path folder) {
        assertBadInput(CommandLineRun.of("export", "--model", folder.resolve("nothing").toString(), "--out",
                folder.resolve("out").toString()), "no model directory");
    }

    @Test
    void exportOfACorruptedModelIsRefused(@TempDir Path folder) throws Exception {
        Path copy = copyModel(folder);
        Path state = ModelFiles.current(copy).resolve("state.npz");
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 0x22;
        Files.write(state, bytes);
        assertBadInput(CommandLineRun.of("export", "--model", copy.toString(), "--out", folder.resolve("out").toString()),
                "corrupted");
    }

    private static Path copyModel(Path folder) throws Exception {
        return ModelFiles.copy(model, folder.resolve("model"));
    }

    private static void assertBadInput(CommandLineRun run, String expected) {
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in\n" + run);
        assertTrue(run.hasNoStackTrace(), run.toString());
    }
}
