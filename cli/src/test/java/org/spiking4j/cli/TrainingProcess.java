package org.spiking4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.spiking4j.runtime.model.PausePoints;

/**
 * A training in a JVM of its own, which can be paused at a named point of a checkpoint write (see
 * {@link PausePoints}) and then killed as {@code kill -9} would, or released.
 */
final class TrainingProcess implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 10;

    private final Process process;
    private final Path markers;
    private final Path log;

    private TrainingProcess(Process process, Path markers, Path log) {
        this.process = process;
        this.markers = markers;
        this.log = log;
    }

    /** Starts {@code spiking4j ARGS}; pauses at the n-th arrival at {@code pausePoint} ("point#n"), if given. */
    static TrainingProcess start(Path work, String pausePoint, String... args) throws IOException {
        return start(work, pausePoint, java.util.Map.of(), args);
    }

    /** As above, with extra environment variables. */
    static TrainingProcess start(Path work, String pausePoint, java.util.Map<String, String> environment,
            String... args) throws IOException {
        Path markers = Files.createTempDirectory(work, "markers");
        Path log = markers.resolve("output.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path")));
        if (pausePoint != null) {
            command.add("-D" + PausePoints.PAUSE_AT + "=" + pausePoint);
            command.add("-D" + PausePoints.PAUSE_FOLDER + "=" + markers);
        }
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new TrainingProcess(process, markers, log);
    }

    /** Waits until the process pauses at its point; false if it ended without getting there. */
    boolean awaitPause(String pausePoint) throws Exception {
        Path marker = markers.resolve(pausePoint + PausePoints.REACHED_SUFFIX);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("the training did not reach " + pausePoint + " in " + PATIENCE + ":\n" + output());
    }

    /** As kill -9: no shutdown hook, no flush, nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** As kill -TERM (or Ctrl-C): the JVM runs its shutdown hooks. */
    void terminate() {
        process.destroy();
    }

    void release() throws IOException {
        Files.writeString(markers.resolve(PausePoints.RELEASE), "");
    }

    int awaitExit() throws Exception {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the training did not end in " + PATIENCE + ":\n" + output());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
