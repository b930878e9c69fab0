package org.spiking4j.runtime.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;

/** The numbered checkpoint folders of one model directory ({@code checkpoints/000012}). */
final class CheckpointGenerations {
    private static final Pattern NUMBER = Pattern.compile("\\d{6,9}");
    private static final String FORMAT = "%06d";

    private final Path directory;

    CheckpointGenerations(Path directory) {
        this.directory = directory;
    }

    Path root() {
        return directory.resolve(ModelFormat.CHECKPOINTS);
    }

    /** Every generation folder, complete or not, newest first. */
    List<Path> newestFirst() {
        if (!Files.isDirectory(root())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root())) {
            return entries.filter(path -> NUMBER.matcher(path.getFileName().toString()).matches())
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparingLong(CheckpointGenerations::number).reversed())
                    .toList();
        } catch (IOException e) {
            throw new Spiking4jException("Cannot list " + root() + " (" + e.getClass().getSimpleName()
                    + "); check its permissions.");
        }
    }

    /** A name no earlier write used, so a new checkpoint never touches an old one. */
    Path next() {
        List<Path> existing = newestFirst();
        long number = existing.isEmpty() ? 1 : number(existing.get(0)) + 1;
        return root().resolve(String.format(FORMAT, number));
    }

    /** The generation folder a manifest's relative name points at, or null if it names something else. */
    Path resolve(String relative) {
        Path candidate = directory.resolve(relative).normalize();
        boolean isGeneration = candidate.getParent() != null && candidate.getParent().equals(root().normalize())
                && NUMBER.matcher(candidate.getFileName().toString()).matches();
        return isGeneration ? candidate : null;
    }

    String relative(Path generation) {
        return ModelFormat.CHECKPOINTS + "/" + generation.getFileName();
    }

    static long number(Path generation) {
        return Long.parseLong(generation.getFileName().toString());
    }
}
