package org.spiking4j.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.cli.CommandLineRun;
import org.spiking4j.cli.TinyIdxDataset;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.sweep.SweepFolder;
import org.spiking4j.runtime.sweep.SweepPlanner;

/** The sweep command end to end on embedded Spark (local[2]) with the small circuit and a tiny dataset. */
class SweepCommandTest {
    private static final int BAD_INPUT = 2;
    private static final String WEIGHTS = "weights.npz";

    @TempDir
    static Path shared;
    static Path circuit;
    static Path data;

    @BeforeAll
    static void writeData() throws Exception {
        circuit = Paths.get(SweepCommandTest.class.getResource("/csdp-small.yaml").toURI());
        data = TinyIdxDataset.write(shared.resolve("data"), 24, 8);
    }

    @Test
    void trialsTrainToTheWeightsOfTrainAndARerunSkipsThem(@TempDir Path folder) throws Exception {
        Path sweep = sweepFile(folder, "seeds: [7, 8]\nepochs: 1\n");
        Path out = folder.resolve("out");
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("| (base circuit) | 2 of 2 |"), run.toString());
        for (String seed : List.of("7", "8")) {
            Path alone = folder.resolve("train-" + seed);
            CommandLineRun train = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                    "--dataset", "idx", "--epochs", "1", "--seed", seed, "--out", alone.toString());
            assertEquals(0, train.exitCode(), train.toString());
            assertEquals(-1L, Files.mismatch(alone.resolve(WEIGHTS), out.resolve("trials/seed" + seed).resolve(WEIGHTS)),
                    "trial seed" + seed + " has the weights of train --seed " + seed);
        }
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("trial,seed7,(base circuit),7,finished,"), csv.get(1));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| seed8 | (base circuit) | 8 | finished |"));

        FileTime written = Files.getLastModifiedTime(out.resolve("trials/seed7").resolve(WEIGHTS));
        CommandLineRun rerun = CommandLineRun.of("sweep", sweep.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertTrue(rerun.out().contains("seed7: finished in an earlier run"), rerun.toString());
        assertTrue(rerun.out().contains("seed8: finished in an earlier run"), rerun.toString());
        assertTrue(!rerun.out().contains("Running "), "no trial is run again: " + rerun);
        assertEquals(written, Files.getLastModifiedTime(out.resolve("trials/seed7").resolve(WEIGHTS)));
        assertTrue(rerun.out().contains("| seed7 | (base circuit) | 7 | finished earlier |"), rerun.toString());
    }

    @Test
    void anUnfinishedTrialContinuesItsCheckpointAndEndsAsAnUninterruptedTrain(@TempDir Path folder) throws Exception {
        Path sweep = sweepFile(folder, "seeds: [7]\nepochs: 2\n");
        Path out = folder.resolve("out");
        // An earlier run of this sweep that stopped after the first of two epochs: its folder and checkpoint.
        SweepFolder.open(out, new SweepPlanner(new PluginLoader(getClass().getClassLoader()).load(null)).plan(sweep));
        CommandLineRun firstEpoch = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--dataset", "idx", "--epochs", "1", "--seed", "7", "--out", out.resolve("trials/seed7").toString());
        assertEquals(0, firstEpoch.exitCode(), firstEpoch.toString());

        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("seed7: continues its checkpoint (epoch 2, batch 0)"), run.toString());
        Path uninterrupted = folder.resolve("uninterrupted");
        CommandLineRun train = CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--dataset", "idx", "--epochs", "2", "--seed", "7", "--out", uninterrupted.toString());
        assertEquals(0, train.exitCode(), train.toString());
        assertEquals(-1L, Files.mismatch(uninterrupted.resolve(WEIGHTS), out.resolve("trials/seed7").resolve(WEIGHTS)));
        assertEquals(2, Files.readAllLines(out.resolve("trials/seed7/metrics.jsonl")).size());
    }

    @Test
    void anUnknownOverridePathIsBadInputNamingTrialAndPath(@TempDir Path folder) throws Exception {
        Path sweep = sweepFile(folder, "seeds: [7]\ngrid:\n  populations.z1.siz: [30]\n");
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", folder.resolve("out").toString());
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("trial seed7 of " + sweep + ": the override populations.z1.siz = 30"), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
        assertTrue(!Files.exists(folder.resolve("out")), "nothing is written before every trial is valid");
    }

    @Test
    void aValueOfTheWrongTypeIsBadInputNamingThePath(@TempDir Path folder) throws Exception {
        Path sweep = sweepFile(folder, "settings:\n  - {protocol.epochs: 1}\n  - {protocol.epochs: 1.5}\n");
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", folder.resolve("out").toString());
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("trial s2-seed7 of " + sweep + ": the override protocol.epochs = 1.5"), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
    }

    @Test
    void anUnreachableMasterIsOneSentenceWithinTheTimeout(@TempDir Path folder) throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Path sweep = sweepFile(folder, "seeds: [7]\n");
        long started = System.nanoTime();
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", folder.resolve("out").toString(),
                "--master", "spark://127.0.0.1:" + closedPort, "--connect-timeout", "2");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: Cannot reach the Spark master spark://127.0.0.1:" + closedPort), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
        assertTrue(seconds < 20, "answered in " + seconds + " s");
    }

    @Test
    void theFolderOfAnUnrelatedSweepIsRefusedAndLeftAlone(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out");
        Path other = sweepFile(folder.resolve("other"), "seeds: [1, 2, 3]\n");
        SweepFolder.open(out, new SweepPlanner(new PluginLoader(getClass().getClassLoader()).load(null)).plan(other));
        String marker = Files.readString(out.resolve(SweepFolder.MARKER));
        Path sweep = sweepFile(folder, "seeds: [7]\n");
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(out + " holds the results of another sweep (" + other + ", 3 trials)"), run.toString());
        assertEquals(marker, Files.readString(out.resolve(SweepFolder.MARKER)));
        assertTrue(run.hasNoStackTrace(), run.toString());
    }

    private static Path sweepFile(Path folder, String body) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("sweep.yaml"), "circuit: " + circuit + "\ndataset: idx\ndata: " + data
                + "\n" + body);
    }
}
