package org.spiking4j.runtime.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;

/**
 * Named points of a checkpoint write where a test can stop the process: with the system property
 * {@value #PAUSE_AT} = {@code point#n} the n-th arrival at that point writes {@code point#n.reached}
 * into the folder named by {@value #PAUSE_FOLDER} and waits there until a file {@value #RELEASE}
 * appears. The crash test kills the JVM while it waits; without the properties nothing happens.
 */
public final class PausePoints {
    public static final String PAUSE_AT = "spiking4j.test.pauseAt";
    public static final String PAUSE_FOLDER = "spiking4j.test.pauseFolder";
    public static final String RELEASE = "release";
    public static final String REACHED_SUFFIX = ".reached";
    private static final long POLL_MILLIS = 10;

    private final String pauseAt;
    private final Path folder;
    private final Map<String, Integer> arrivals = new HashMap<>();

    private PausePoints(String pauseAt, Path folder) {
        this.pauseAt = pauseAt;
        this.folder = folder;
    }

    /** Pause points as the system properties set them (none in ordinary runs). */
    public static PausePoints fromSystemProperties() {
        String at = System.getProperty(PAUSE_AT);
        String folder = System.getProperty(PAUSE_FOLDER);
        return new PausePoints(at, at == null || folder == null ? null : Path.of(folder));
    }

    public static PausePoints none() {
        return new PausePoints(null, null);
    }

    /** Called at a named point; pauses when this arrival is the one asked for. */
    public synchronized void reached(String point) {
        if (folder == null) {
            return;
        }
        int arrival = arrivals.merge(point, 1, Integer::sum);
        String name = point + "#" + arrival;
        if (!name.equals(pauseAt)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + REACHED_SUFFIX), Long.toString(ProcessHandle.current().pid()));
            while (!Files.exists(folder.resolve(RELEASE))) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new Spiking4jException("Cannot write the pause marker in " + folder + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
