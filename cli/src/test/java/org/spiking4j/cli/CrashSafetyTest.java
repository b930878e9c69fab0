package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.runtime.io.NdArray;

/**
 * Training JVMs killed (as kill -9) at every named point of a checkpoint write, and at random moments,
 * leave a directory that resumes to the weights of an uninterrupted run, bit for bit; a second
 * training into a directory being written is refused while the first completes.
 */
class CrashSafetyTest {
    /** Every point of {@code ModelDirectory.write} and {@code CheckpointFiles.write}, in write order. */
    private static final List<String> POINTS = List.of("before-circuit", "before-weights", "before-state",
            "before-metrics", "before-manifest", "before-switch", "before-links", "before-cleanup");
    /** 5 batches per epoch, a checkpoint after each of the first 4 and one at the epoch's end. */
    private static final int MID_EPOCH_CHECKPOINT = 3;
    private static final int EPOCH_END_CHECKPOINT = 5;
    private static final int RANDOM_KILLS = 3;
    private static final int MOST_MILLIS_BEFORE_RANDOM_KILL = 400;
    private static final long RANDOM_SEED = 13;

    @TempDir
    static Path shared;
    static Path circuit;
    static Path data;
    static Map<String, NdArray> uninterrupted;

    @BeforeAll
    static void trainWithoutInterruption() throws Exception {
        circuit = Paths.get(CrashSafetyTest.class.getResource("/csdp-tiny.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 20, 10);
        Path reference = shared.resolve("reference");
        CommandLineRun run = CommandLineRun.of(trainArgs(reference));
        assertEquals(0, run.exitCode(), run.toString());
        uninterrupted = ModelFiles.weights(reference);
    }

    static String[] trainArgs(Path out) {
        return new String[] {"train", "--config", circuit.toString(), "--data", data.toString(), "--out",
                out.toString(), "--backend", "cpu", "--epochs", "2", "--checkpoint-every", "1"};
    }

    @Test
    void everyKillDuringACheckpointWriteResumesToTheUninterruptedWeights(@TempDir Path work) throws Exception {
        int cases = 0;
        for (String point : POINTS) {
            for (int arrival : new int[] {MID_EPOCH_CHECKPOINT, EPOCH_END_CHECKPOINT}) {
                if (arrival == EPOCH_END_CHECKPOINT && !List.of("before-weights", "before-switch").contains(point)) {
                    continue;
                }
                Path out = work.resolve(point + "-" + arrival);
                String pausePoint = point + "#" + arrival;
                try (TrainingProcess training = TrainingProcess.start(work, pausePoint, trainArgs(out))) {
                    assertTrue(training.awaitPause(pausePoint), training.output());
                    training.kill();
                }
                assertResumesToTheUninterruptedWeights(out, pausePoint);
                cases++;
            }
        }
        assertEquals(POINTS.size() + 2, cases);
    }

    @Test
    void aKillDuringTheFirstCheckpointLeavesADirectoryThatResumesOrTrainsAgain(@TempDir Path work) throws Exception {
        for (String point : List.of("before-weights", "before-manifest", "before-switch")) {
            Path out = work.resolve(point);
            String pausePoint = point + "#1";
            try (TrainingProcess training = TrainingProcess.start(work, pausePoint, trainArgs(out))) {
                assertTrue(training.awaitPause(pausePoint), training.output());
                training.kill();
            }
            CommandLineRun resumed = CommandLineRun.of("train", "--resume", out.toString(), "--data", data.toString(),
                    "--backend", "cpu", "--checkpoint-every", "1");
            if (resumed.exitCode() != 0) {
                assertEquals(2, resumed.exitCode(), resumed.toString());
                assertTrue(resumed.err().contains("no complete checkpoint") && resumed.hasNoStackTrace(),
                        resumed.toString());
                CommandLineRun again = CommandLineRun.of(trainArgs(out));
                assertEquals(0, again.exitCode(), point + ": training again into the same folder\n" + again);
            }
            assertArraysEqual(uninterrupted, ModelFiles.weights(out), pausePoint);
        }
    }

    @Test
    void killsAtRandomMomentsResumeToTheUninterruptedWeights(@TempDir Path work) throws Exception {
        Random random = new Random(RANDOM_SEED);
        for (int kill = 0; kill < RANDOM_KILLS; kill++) {
            Path out = work.resolve("random-" + kill);
            String firstCheckpoint = "before-switch#1";
            try (TrainingProcess training = TrainingProcess.start(work, firstCheckpoint, trainArgs(out))) {
                assertTrue(training.awaitPause(firstCheckpoint), training.output());
                training.release();
                Thread.sleep(random.nextInt(MOST_MILLIS_BEFORE_RANDOM_KILL));
                training.kill();
            }
            assertResumesToTheUninterruptedWeights(out, "a random moment, kill " + kill);
        }
    }

    @Test
    void aSecondTrainingIntoTheSameDirectoryIsRefusedAndTheFirstCompletes(@TempDir Path work) throws Exception {
        Path out = work.resolve("model");
        String pausePoint = "before-weights#2";
        try (TrainingProcess first = TrainingProcess.start(work, pausePoint, trainArgs(out))) {
            assertTrue(first.awaitPause(pausePoint), first.output());
            long started = System.nanoTime();
            CommandLineRun second = CommandLineRun.of(trainArgs(out));
            CommandLineRun resumed = CommandLineRun.of("train", "--resume", out.toString(), "--data", data.toString());
            double seconds = (System.nanoTime() - started) / 1e9;
            for (CommandLineRun refused : List.of(second, resumed)) {
                assertEquals(2, refused.exitCode(), refused.toString());
                assertTrue(refused.err().contains("is being written by another training (process "),
                        refused.toString());
                assertEquals(1, refused.err().strip().lines().count(), refused.toString());
            }
            assertTrue(seconds < 10, "refused at once, not after " + seconds + " s");
            first.release();
            assertEquals(0, first.awaitExit(), first.output());
            assertTrue(first.output().contains("Test accuracy after epoch 2"), first.output());
        }
        assertArraysEqual(uninterrupted, ModelFiles.weights(out), "the first training");
    }

    @Test
    void aDirectoryOfFormatOneStillLoadsAndResumesToTheSameWeights(@TempDir Path work) throws Exception {
        Path fixture = Paths.get(CrashSafetyTest.class.getResource("/model-format-1/manifest.json").toURI()).getParent();
        Path model = ModelFiles.copy(fixture, work.resolve("model"));
        CommandLineRun evaluated = CommandLineRun.of("evaluate", "--model", model.toString(), "--data", data.toString(),
                "--backend", "cpu");
        assertEquals(0, evaluated.exitCode(), evaluated.toString());
        CommandLineRun resumed = CommandLineRun.of("train", "--resume", model.toString(), "--epochs", "2", "--data",
                data.toString(), "--backend", "cpu");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertArraysEqual(uninterrupted, ModelFiles.weights(model), "resumed from format 1");
        assertTrue(Files.readString(model.resolve("manifest.json")).contains("\"checkpoint\" : \"checkpoints/"),
                "written on in the current format");
    }

    private static void assertResumesToTheUninterruptedWeights(Path out, String where) {
        CommandLineRun resumed = CommandLineRun.of("train", "--resume", out.toString(), "--data", data.toString(),
                "--backend", "cpu", "--checkpoint-every", "1");
        assertEquals(0, resumed.exitCode(), where + "\n" + resumed);
        assertArraysEqual(uninterrupted, ModelFiles.weights(out), where);
        assertTrue(ModelFiles.leftovers(out).isEmpty(), where + ": leftovers " + ModelFiles.leftovers(out));
    }

    static void assertArraysEqual(Map<String, NdArray> expected, Map<String, NdArray> actual, String where) {
        assertEquals(expected.keySet(), actual.keySet(), where);
        expected.forEach((name, array) -> assertArrayEquals(array.asFloats(), actual.get(name).asFloats(),
                where + ": " + name + " differs from the uninterrupted run"));
    }
}
