package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginLoader;

/**
 * A disk that fills during a checkpoint keeps the previous checkpoint: training stops with exit 2
 * and a sentence, and the directory, copied to a disk with space, resumes to the uninterrupted
 * weights. Needs a small tmpfs, so it runs only where the test may mount one (as root).
 */
class FullDiskTest {
    private static final long PAGE = 4096;
    /** Room for two checkpoints and half a third: a later write runs out of space. */
    private static final double CHECKPOINTS_THAT_FIT = 2.5;

    @Test
    void aFullDiskKeepsThePreviousCheckpoint(@TempDir Path work) throws Exception {
        Path mountPoint = Files.createDirectories(work.resolve("small-disk"));
        Path circuit = Paths.get(getClass().getResource("/csdp-tiny.yaml").toURI());
        Path data = TinyIdxDataset.write(work.resolve("data"), 20, 10);
        Path reference = work.resolve("reference");
        String[] common = {"--config", circuit.toString(), "--data", data.toString(), "--backend", "cpu",
                "--epochs", "2", "--checkpoint-every", "1"};
        assertEquals(0, CommandLineRun.of(concat(new String[] {"train", "--out", reference.toString()}, common))
                .exitCode());
        long checkpointBytes = pagesOf(new ModelDirectory(new PluginLoader(getClass().getClassLoader()).load(null))
                .currentFiles(reference));
        long size = (long) (checkpointBytes * CHECKPOINTS_THAT_FIT) / PAGE * PAGE;
        assumeTrue(mount(mountPoint, size), "skipped: cannot mount a " + size + "-byte tmpfs here (needs root)");
        try {
            Path out = mountPoint.resolve("model");
            CommandLineRun run = CommandLineRun.of(concat(new String[] {"train", "--out", out.toString()}, common));
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("No space left on device") && run.err().contains("previous checkpoint")
                    && run.hasNoStackTrace(), run.toString());
            assertTrue(!run.err().contains("checkpoint written"), run.toString());
            TrainingProgress kept = new ModelDirectory(new PluginLoader(getClass().getClassLoader()).load(null))
                    .read(out).progress();
            assertTrue(kept.epoch() > 0 || kept.batch() > 0, "a checkpoint written before the disk filled: " + kept);
            Path moved = ModelFiles.copy(out, work.resolve("moved"));
            CommandLineRun resumed = CommandLineRun.of("train", "--resume", moved.toString(), "--data", data.toString(),
                    "--backend", "cpu");
            assertEquals(0, resumed.exitCode(), resumed.toString());
            CrashSafetyTest.assertArraysEqual(ModelFiles.weights(reference), ModelFiles.weights(moved), "resumed");
        } finally {
            // Lazy: jHDF may keep the failed file open until this JVM ends.
            new ProcessBuilder("umount", "--lazy", mountPoint.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anExportOnAFullDiskSaysWhyAndLeavesNoFiles(@TempDir Path work) throws Exception {
        Path mountPoint = Files.createDirectories(work.resolve("small-disk"));
        Path circuit = Paths.get(getClass().getResource("/csdp-tiny.yaml").toURI());
        Path data = TinyIdxDataset.write(work.resolve("data"), 20, 10);
        Path model = work.resolve("model");
        assertEquals(0, CommandLineRun.of("train", "--config", circuit.toString(), "--data", data.toString(),
                "--backend", "cpu", "--out", model.toString()).exitCode());
        Path roomy = work.resolve("roomy");
        assertEquals(0, CommandLineRun.of("export", "--model", model.toString(), "--data", data.toString(), "--out",
                roomy.toString()).exitCode());
        long exported;
        try (Stream<Path> files = Files.list(roomy)) {
            exported = files.mapToLong(file -> (file.toFile().length() + PAGE - 1) / PAGE * PAGE).sum();
        }
        assumeTrue(mount(mountPoint, exported / 2 / PAGE * PAGE),
                "skipped: cannot mount a small tmpfs here (needs root)");
        try {
            Path out = mountPoint.resolve("export");
            CommandLineRun run = CommandLineRun.of("export", "--model", model.toString(), "--data", data.toString(),
                    "--out", out.toString());
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("No space left on device") && !run.err().contains("Exception writing")
                    && run.hasNoStackTrace(), run.toString());
            try (Stream<Path> left = Files.list(out)) {
                assertEquals(java.util.List.of(), left.toList(), "no partial export files");
            }
        } finally {
            // Lazy: jHDF may keep the failed file open until this JVM ends.
            new ProcessBuilder("umount", "--lazy", mountPoint.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean mount(Path mountPoint, long bytes) throws InterruptedException {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs",
                    mountPoint.toString()).redirectErrorStream(true).start();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException noMountCommand) {
            return false;
        }
    }

    /** Bytes the files take on tmpfs, which rounds every file up to whole pages. */
    private static long pagesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = PAGE;
            for (Path file : files.toList()) {
                total += (Files.size(file) + PAGE - 1) / PAGE * PAGE;
            }
            return total;
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
