package org.spiking4j.cli.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.cli.CommandLineRun;
import org.spiking4j.cli.TinyIdxDataset;

/**
 * train --workers end to end on embedded Spark with the small circuit and 24 training images
 * (6 batches of 4): one worker trains as plain train, two workers reproduce their own weights and
 * Adam state, a resumed run ends as an uninterrupted one, and bad options are one paragraph.
 */
class DataParallelTrainTest {
    private static final int BAD_INPUT = 2;
    private static final String[] STATE_FILES = {"weights.npz", "state.npz"};

    @TempDir
    static Path shared;
    static Path circuit;
    static Path data;

    @BeforeAll
    static void writeData() throws Exception {
        circuit = Paths.get(DataParallelTrainTest.class.getResource("/csdp-small.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 24, 8);
    }

    @Test
    void oneWorkerTrainsExactlyAsPlainTrain(@TempDir Path folder) throws Exception {
        Path plain = train(folder.resolve("plain"), "--epochs", "2");
        Path parallel = train(folder.resolve("one-worker"), "--epochs", "2", "--workers", "1", "--sync-every", "4",
                "--master", "local[1]");
        assertSameState(plain, parallel);
    }

    @Test
    void twoWorkersAreReproducibleAndResumeBitIdentically(@TempDir Path folder) throws Exception {
        Path first = train(folder.resolve("first"), "--epochs", "2", "--workers", "2", "--sync-every", "2");
        Path second = train(folder.resolve("second"), "--epochs", "2", "--workers", "2", "--sync-every", "2");
        assertSameState(first, second);
        Path plain = train(folder.resolve("plain"), "--epochs", "2");
        assertTrue(Files.mismatch(plain.resolve("weights.npz"), first.resolve("weights.npz")) >= 0,
                "averaging two shards is not plain training");

        Path halves = train(folder.resolve("halves"), "--epochs", "1", "--workers", "2", "--sync-every", "2");
        CommandLineRun resumed = CommandLineRun.of("train", "--resume", halves.toString(), "--epochs", "2",
                "--data", data.toString(), "--dataset", "idx");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.out().contains("Data-parallel: 2 workers, states averaged every 2 batches"), resumed.toString());
        assertSameState(first, halves);
    }

    @Test
    void badOptionsAreOneParagraphEach(@TempDir Path folder) throws Exception {
        assertRefused(folder, "--workers must be at least 1, got 0", "--workers", "0");
        assertRefused(folder, "--sync-every must be at least 1, got 0", "--workers", "2", "--sync-every", "0");
        assertRefused(folder, "--sync-every only applies to data-parallel training", "--sync-every", "3");
        assertRefused(folder, "--backend opencl does not apply", "--workers", "2", "--backend", "opencl");
        Path online = Paths.get(DataParallelTrainTest.class.getResource("/stdp-small.yaml").toURI());
        CommandLineRun run = CommandLineRun.of("train", "--config", online.toString(), "--data", data.toString(),
                "--dataset", "idx", "--workers", "2", "--out", folder.resolve("online").toString());
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("cannot be cut into shards"), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
    }

    private static void assertRefused(Path folder, String message, String... options) {
        CommandLineRun run = CommandLineRun.of(arguments(folder.resolve("refused"), options));
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(message), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
        assertFalse(Files.exists(folder.resolve("refused").resolve("weights.npz")), "nothing was trained");
    }

    private static Path train(Path out, String... options) {
        CommandLineRun run = CommandLineRun.of(arguments(out, options));
        assertEquals(0, run.exitCode(), run.toString());
        return out;
    }

    /** The circuit, the tiny dataset, one thread (as each worker has), the folder, then the options. */
    private static String[] arguments(Path out, String... options) {
        List<String> arguments = new ArrayList<>(List.of("train", "--config", circuit.toString(), "--data",
                data.toString(), "--dataset", "idx", "--threads", "1", "--out", out.toString()));
        arguments.addAll(List.of(options));
        return arguments.toArray(String[]::new);
    }

    private static void assertSameState(Path expected, Path actual) throws Exception {
        for (String file : STATE_FILES) {
            if (Files.exists(expected.resolve(file))) {
                assertEquals(-1L, Files.mismatch(expected.resolve(file), actual.resolve(file)),
                        file + " of " + actual + " equals " + expected + "'s");
            }
        }
    }
}
