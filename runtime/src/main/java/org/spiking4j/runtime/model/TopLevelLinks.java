package org.spiking4j.runtime.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.io.FolderSync;

/**
 * Keeps {@code weights.npz}, {@code state.npz}, {@code circuit.yaml} and {@code metrics.jsonl} at the
 * top of a model directory as hard links to the current checkpoint's files (a copy where the file
 * system has no hard links), each swapped in by an atomic rename. They are for people and NumPy;
 * spiking4j itself loads through the manifest, so a crash between the switch and this step only
 * leaves them one checkpoint behind until the next one.
 */
final class TopLevelLinks {
    private final Path directory;

    TopLevelLinks(Path directory) {
        this.directory = directory;
    }

    void pointAt(Path generation) {
        for (String name : ModelFormat.FINGERPRINTED) {
            Path target = directory.resolve(name);
            Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + AtomicFileWriter.TEMPORARY_SUFFIX);
            try {
                link(generation.resolve(name), temporary);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(temporary);
                throw new Spiking4jException("The checkpoint in " + generation + " is complete and current, but "
                        + target + " could not be updated to it (" + e.getMessage() + "); use the files in "
                        + generation + ".", e);
            }
        }
        FolderSync.sync(directory);
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException noHardLinks) {
            Files.copy(existing, link);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is removed by the next training's cleanup.
        }
    }
}
