package org.spiking4j.runtime.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.spiking4j.runtime.io.AtomicFileWriter;

/**
 * Removes old checkpoint folders and what interrupted writes left behind. Best effort: a file that
 * cannot be removed now is tried again after the next checkpoint, and never blocks training.
 */
final class LeftoverCleaner {
    private final Path directory;
    private final CheckpointGenerations generations;

    LeftoverCleaner(Path directory, CheckpointGenerations generations) {
        this.directory = directory;
        this.generations = generations;
    }

    /**
     * Keeps {@code current} and {@code previous} (either may be null); when {@code previous} is null,
     * the newest complete checkpoint older than {@code current} is kept as the fallback instead.
     */
    void keepOnly(Path current, Path previous) {
        Path fallback = previous;
        for (Path generation : generations.newestFirst()) {
            boolean older = current == null || CheckpointGenerations.number(generation) < CheckpointGenerations.number(current);
            if (fallback == null && older && Files.isRegularFile(generation.resolve(ModelFormat.MANIFEST))
                    && current != null) {
                fallback = generation;
            }
            if (!generation.equals(current) && !generation.equals(fallback)) {
                deleteTree(generation);
            } else {
                removeTemporaryFiles(generation);
            }
        }
        removeTemporaryFiles(directory);
    }

    /** Removes a checkpoint folder whose write failed, to give back the space it took. */
    void removeIncomplete(Path generation) {
        deleteTree(generation);
    }

    void removeTemporaryFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(path -> path.getFileName().toString().endsWith(AtomicFileWriter.TEMPORARY_SUFFIX))
                    .forEach(LeftoverCleaner::deleteQuietly);
        } catch (IOException e) {
            // Not listable now: the next cleanup tries again.
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(LeftoverCleaner::deleteQuietly);
        } catch (IOException e) {
            // Not listable now: the next cleanup tries again.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // See the class comment.
        }
    }
}
