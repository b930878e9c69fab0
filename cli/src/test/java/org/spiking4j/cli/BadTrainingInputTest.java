package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything train can check before the first batch fails in seconds with exit 2 and a sentence
 * naming the thing: circuit against dataset, labels, memory, options, the model folder; and errors
 * or signals never hang and never claim a checkpoint that was not written.
 */
class BadTrainingInputTest {
    private static final int BAD_INPUT = 2;
    private static final double PROMPTLY_SECONDS = 20;

    @TempDir
    static Path shared;
    static Path circuit;
    static Path data;
    static Path finished;

    @BeforeAll
    static void trainOnce() throws Exception {
        circuit = Paths.get(BadTrainingInputTest.class.getResource("/csdp-tiny.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 20, 10);
        finished = shared.resolve("finished");
        assertEquals(0, train(circuit, "--out", finished.toString()).exitCode());
    }

    private static CommandLineRun train(Path config, String... more) {
        String[] args = new String[more.length + 7];
        System.arraycopy(new String[] {"train", "--config", config.toString(), "--data", data.toString(), "--backend",
                "cpu"}, 0, args, 0, 7);
        System.arraycopy(more, 0, args, 7, more.length);
        return CommandLineRun.of(args);
    }

    private static Path variant(Path folder, String from, String to) throws Exception {
        String text = Files.readString(circuit);
        assertTrue(text.contains(from), from);
        Path file = folder.resolve("variant.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void anInputPopulationThatDoesNotMatchThePixels(@TempDir Path folder) throws Exception {
        CommandLineRun run = train(variant(folder, "size: 784, role: input", "size: 100, role: input"), "--out",
                folder.resolve("out").toString());
        assertBadInput(run, "Input population 'z0'");
        assertTrue(run.err().contains("784 pixels"), run.toString());
        assertTrue(!Files.exists(folder.resolve("out")), "no empty model folder is left behind");
    }

    @Test
    void aClassifierThatDoesNotMatchTheClasses(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "zy: {model: slif, size: 10", "zy: {model: slif, size: 12");
        assertBadInput(train(config, "--out", folder.resolve("out").toString()), "Classifier population 'zy' has 12 units");
    }

    @Test
    void aLabelPopulationThatDoesNotMatchTheClasses(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "z3: {model: clamp, size: 10", "z3: {model: clamp, size: 8");
        assertBadInput(train(config, "--out", folder.resolve("out").toString()), "Label population 'z3' has 8 units");
    }

    @Test
    void aLabelOutsideTheClassesInAnySplit(@TempDir Path folder) throws Exception {
        Path copy = Files.createDirectories(folder.resolve("data"));
        try (var files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path labels = copy.resolve("t10k-labels-idx1-ubyte");
        byte[] bytes = Files.readAllBytes(labels);
        bytes[8 + 3] = (byte) 255;
        Files.write(labels, bytes);
        CommandLineRun run = CommandLineRun.of("train", "--config", circuit.toString(), "--data", copy.toString(),
                "--backend", "cpu", "--out", folder.resolve("out").toString());
        assertBadInput(run, "test split");
        assertTrue(run.err().contains("label 255 at row 3"), run.toString());
    }

    @Test
    void aCircuitTooLargeForTheHeapNamesTheEstimateAndJavaOpts(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "z1: {model: slif, size: 6", "z1: {model: slif, size: 2000000");
        CommandLineRun run = train(config, "--out", folder.resolve("out").toString());
        assertBadInput(run, "GiB of memory");
        assertTrue(run.err().contains("JAVA_OPTS"), run.toString());
    }

    @Test
    void aPopulationBeyondAJavaArrayIsNamed(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "z1: {model: slif, size: 6", "z1: {model: slif, size: 2000000000");
        assertBadInput(train(config, "--out", folder.resolve("out").toString()), "more than one Java array holds");
    }

    @Test
    void aCircuitWithoutAReadoutIsRefused(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "role: classifier, ", "");
        assertBadInput(train(config, "--out", folder.resolve("out").toString()), "no population with role classifier");
    }

    @Test
    void anOutThatIsAFile(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("taken"), "a file");
        assertBadInput(train(circuit, "--out", file.toString()), "is not a folder");
    }

    @Test
    void optionsOutOfRange(@TempDir Path folder) {
        String out = folder.resolve("out").toString();
        assertBadInput(train(circuit, "--out", out, "--epochs", "-1"), "--epochs must be at least 1");
        assertBadInput(train(circuit, "--out", out, "--threads", "-1"), "--threads must be 0");
        assertBadInput(train(circuit, "--out", out, "--checkpoint-every", "-5"), "--checkpoint-every must be 0");
        assertBadInput(train(circuit, "--out", out, "--train-limit", "-3"), "--train-limit must be 0");
    }

    @Test
    void resumeRefusesOptionsThatWouldChangeTheRun(@TempDir Path folder) {
        String model = finished.toString();
        for (String[] option : new String[][] {{"--seed", "99"}, {"--config", circuit.toString()},
                {"--out", folder.toString()}, {"--train-limit", "8"}}) {
            CommandLineRun run = CommandLineRun.of("train", "--resume", model, "--data", data.toString(), option[0],
                    option[1]);
            assertBadInput(run, option[0] + " cannot be combined with --resume");
        }
        CommandLineRun nothing = CommandLineRun.of("train", "--resume", model, "--data", data.toString());
        assertEquals(0, nothing.exitCode(), nothing.toString());
        assertTrue(nothing.out().contains("Nothing to do"), nothing.toString());
    }

    @Test
    void aCircuitNameThatIsAPathIsRefused(@TempDir Path folder) throws Exception {
        Path config = variant(folder, "name: csdp-tiny", "name: ../../escaped");
        assertBadInput(CommandLineRun.of("validate", config.toString()), "not a plain name");
        assertBadInput(train(config), "not a plain name");
    }

    @Test
    void anErrorBeforeTheFirstBatchExitsPromptlyWithItsOwnMessage(@TempDir Path folder) throws Exception {
        long started = System.nanoTime();
        try (TrainingProcess training = TrainingProcess.start(folder, null, "train", "--config", circuit.toString(),
                "--data", data.toString(), "--backend", "cpu", "--train-limit", "2", "--out",
                folder.resolve("out").toString())) {
            assertEquals(BAD_INPUT, training.awaitExit(), training.output());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < PROMPTLY_SECONDS, "took " + seconds + " s:\n" + training.output());
            assertTrue(training.output().contains("fewer than one batch"), training.output());
            assertTrue(!training.output().contains("Stopped") && !training.output().contains("checkpoint written"),
                    training.output());
        }
    }

    @Test
    void aSignalStopsAtTheNextBatchWithOneMessageAndTheRunResumesIdentically(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out");
        String pausePoint = "before-weights#2";
        try (TrainingProcess training = TrainingProcess.start(folder, pausePoint, "train", "--config",
                circuit.toString(), "--data", data.toString(), "--backend", "cpu", "--checkpoint-every", "1", "--out",
                out.toString())) {
            assertTrue(training.awaitPause(pausePoint), training.output());
            training.terminate();
            training.release();
            training.awaitExit();
            String output = training.output();
            assertEquals(1, output.split("Stopped", -1).length - 1, output);
            assertTrue(output.contains("Stopped by a signal; checkpoint written. Continue with: ./spiking4j train "
                    + "--resume " + out), output);
        }
        CommandLineRun resumed = CommandLineRun.of("train", "--resume", out.toString(), "--data", data.toString(),
                "--backend", "cpu");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        CrashSafetyTest.assertArraysEqual(ModelFiles.weights(finished), ModelFiles.weights(out), "resumed after a signal");
    }

    @Test
    void aBrokenPluginFolderIsReportedAndSkipped(@TempDir Path folder) throws Exception {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Files.createDirectories(plugins.resolve("no-descriptor"));
        Path wrongVersion = Files.createDirectories(plugins.resolve("wrong-version"));
        Files.writeString(wrongVersion.resolve("plugin.properties"), "id=old\nversion=1\napiVersion=0\n");
        Map<String, String> environment = Map.of("SPIKING4J_PLUGINS", plugins.toString());
        try (TrainingProcess help = TrainingProcess.start(folder, null, environment, "--help")) {
            assertEquals(0, help.awaitExit(), help.output());
            assertTrue(help.output().contains("Usage: spiking4j") && !help.output().contains("warning: skipped"), help.output());
        }
        try (TrainingProcess version = TrainingProcess.start(folder, null, environment, "--version")) {
            assertEquals(0, version.awaitExit(), version.output());
        }
        try (TrainingProcess listing = TrainingProcess.start(folder, null, environment, "plugins")) {
            assertEquals(0, listing.awaitExit(), listing.output());
            assertTrue(listing.output().contains("no-descriptor: ") && listing.output().contains("api version '0'"),
                    listing.output());
        }
        try (TrainingProcess validate = TrainingProcess.start(folder, null, environment, "validate",
                circuit.toString())) {
            assertEquals(0, validate.awaitExit(), validate.output());
            assertEquals(2, validate.output().lines().filter(line -> line.startsWith("warning: skipped the plugin"))
                    .count(), validate.output());
        }
    }

    private static void assertBadInput(CommandLineRun run, String expected) {
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in\n" + run);
        assertTrue(run.hasNoStackTrace(), run.toString());
    }
}
