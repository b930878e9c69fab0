package org.spiking4j.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.io.FolderSync;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Reads and writes a model directory so that a crash at any moment leaves a loadable one. Each
 * checkpoint goes into a new folder {@code checkpoints/NNNNNN} (every file synced, its manifest with
 * the files' SHA-256 last); only then is the directory's own {@code manifest.json} switched to it in
 * one atomic rename, and the previous checkpoint removed. The top-level {@code weights.npz} and its
 * siblings are hard links to the current checkpoint's files, for {@code numpy.load}. Reading follows
 * the manifest, falls back to the newest older complete checkpoint (saying so) when that one is
 * damaged, and still reads the single-folder layout of format 1.
 */
public final class ModelDirectory {
    private final CheckpointFiles files;
    private final PausePoints pausePoints;
    private final Consumer<String> warnings;

    /** A model directory that reports fallbacks on standard error. */
    public ModelDirectory(PluginRegistry registry) {
        this(registry, System.err::println, PausePoints.fromSystemProperties());
    }

    public ModelDirectory(PluginRegistry registry, Consumer<String> warnings, PausePoints pausePoints) {
        this.files = new CheckpointFiles(registry, pausePoints);
        this.pausePoints = pausePoints;
        this.warnings = warnings;
    }

    /** Writes a new checkpoint and makes it the current one; the previous stays until this one is complete. */
    public void write(Path folder, Checkpoint checkpoint) {
        CheckpointGenerations generations = new CheckpointGenerations(folder);
        Path previous = currentGeneration(folder, generations);
        Path generation = generations.next();
        try {
            Files.createDirectories(generation);
            FolderSync.sync(generations.root());
            FolderSync.sync(folder);
            files.write(generation, checkpoint);
            FolderSync.sync(generation);
        } catch (java.io.IOException | RuntimeException e) {
            new LeftoverCleaner(folder, generations).removeIncomplete(generation);
            throw new Spiking4jException("Could not write a checkpoint into " + folder + ": " + reason(e)
                    + " The previous checkpoint there is untouched; free some space (or fix the permissions) and "
                    + "continue with 'spiking4j train --resume " + folder + "'.", e);
        }
        pausePoints.reached("before-switch");
        ObjectNode pointer = ModelManifest.describe(checkpoint);
        pointer.put(ModelManifest.CHECKPOINT, generations.relative(generation));
        byte[] pointerBytes = ModelManifest.encode(pointer);
        try {
            AtomicFileWriter.write(folder.resolve(ModelFormat.MANIFEST), out -> out.write(pointerBytes));
        } catch (Spiking4jException e) {
            new LeftoverCleaner(folder, generations).removeIncomplete(generation);
            throw new Spiking4jException("Could not switch " + folder + " to its new checkpoint: " + reason(e)
                    + " The previous checkpoint there is untouched; free some space (or fix the permissions) and "
                    + "continue with 'spiking4j train --resume " + folder + "'.", e);
        }
        pausePoints.reached("before-links");
        new TopLevelLinks(folder).pointAt(generation);
        pausePoints.reached("before-cleanup");
        new LeftoverCleaner(folder, generations).keepOnly(generation, previous);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.endsWith(".") ? message : message + ".";
    }

    /**
     * Removes what interrupted writes left (unfinished checkpoint folders, temporary files) and
     * checkpoints older than the previous one; called by a training that holds the directory's lock.
     */
    public void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        CheckpointGenerations generations = new CheckpointGenerations(folder);
        Path current = currentGeneration(folder, generations);
        if (current != null || Files.isRegularFile(folder.resolve(ModelFormat.MANIFEST))) {
            new LeftoverCleaner(folder, generations).keepOnly(current, null);
        } else {
            new LeftoverCleaner(folder, generations).removeTemporaryFiles(folder);
        }
    }

    /** True if the folder holds at least one complete checkpoint, of this format or an older one. */
    public boolean holdsCheckpoint(Path folder) {
        if (Files.isRegularFile(folder.resolve(ModelFormat.MANIFEST))) {
            return true;
        }
        return new CheckpointGenerations(folder).newestFirst().stream()
                .anyMatch(generation -> Files.isRegularFile(generation.resolve(ModelFormat.MANIFEST)));
    }

    /** The folder whose files are the current checkpoint: a checkpoint folder, or the directory itself (format 1). */
    public Path currentFiles(Path folder) {
        Path current = currentGeneration(folder, new CheckpointGenerations(folder));
        return current != null ? current : folder;
    }

    /** The generation the directory's manifest names, or null (none yet, format 1, or a damaged manifest). */
    private static Path currentGeneration(Path folder, CheckpointGenerations generations) {
        Path manifest = folder.resolve(ModelFormat.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            JsonNode pointer = ModelManifest.read(manifest);
            return pointer.has(ModelManifest.CHECKPOINT)
                    ? generations.resolve(pointer.path(ModelManifest.CHECKPOINT).asText()) : null;
        } catch (Spiking4jException damaged) {
            return null;
        }
    }

    /** Reads and checks a model directory; every problem becomes a message naming the file and the fix. */
    public Checkpoint read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new Spiking4jException("There is no model directory at " + folder
                    + "; give the folder that 'spiking4j train --out' wrote.");
        }
        CheckpointGenerations generations = new CheckpointGenerations(folder);
        List<Path> all = generations.newestFirst();
        Path manifestPath = folder.resolve(ModelFormat.MANIFEST);
        List<String> skipped = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        if (Files.isRegularFile(manifestPath)) {
            JsonNode pointer;
            try {
                pointer = ModelManifest.read(manifestPath);
            } catch (ModelManifest.Damaged damaged) {
                if (all.isEmpty()) {
                    throw damaged;
                }
                pointer = null;
                skipped.add(damaged.getMessage());
                candidates.addAll(all);
            }
            if (pointer != null && !pointer.has(ModelManifest.CHECKPOINT)) {
                return files.read(folder, pointer);
            }
            if (pointer != null) {
                Path current = generations.resolve(pointer.path(ModelManifest.CHECKPOINT).asText());
                if (current == null) {
                    throw new Spiking4jException(manifestPath + " names '" + pointer.path(ModelManifest.CHECKPOINT)
                            .asText() + "', which is not a checkpoint folder of " + folder
                            + "; the model directory is damaged.");
                }
                candidates.add(current);
                all.stream().filter(g -> CheckpointGenerations.number(g) < CheckpointGenerations.number(current))
                        .forEach(candidates::add);
            }
        } else if (all.isEmpty() && Files.exists(folder.resolve(ModelFormat.LOCK))) {
            throw new Spiking4jException(folder + " holds no checkpoint yet: the training that created it stopped "
                    + "before writing its first one. Train again with --out " + folder + ".");
        } else if (all.isEmpty()) {
            throw new Spiking4jException(folder + " is not a spiking4j model directory: it has no "
                    + ModelFormat.MANIFEST + ". Give the folder that 'spiking4j train --out' wrote.");
        } else {
            skipped.add(folder + " has no " + ModelFormat.MANIFEST + " yet.");
            candidates.addAll(all);
        }
        return readNewestComplete(folder, candidates, skipped);
    }

    private Checkpoint readNewestComplete(Path folder, List<Path> candidates, List<String> skipped) {
        List<Spiking4jException> failures = new ArrayList<>();
        for (Path candidate : candidates) {
            try {
                Path manifest = candidate.resolve(ModelFormat.MANIFEST);
                if (!Files.isRegularFile(manifest)) {
                    throw new Spiking4jException(candidate + " has no " + ModelFormat.MANIFEST
                            + ": its write was interrupted.");
                }
                Checkpoint checkpoint = files.read(candidate, ModelManifest.read(manifest));
                if (!skipped.isEmpty()) {
                    warnings.accept("warning: " + String.join(" ", skipped) + " Loaded the checkpoint in " + candidate
                            + " (epoch " + (checkpoint.progress().epoch() + 1) + ", batch " + checkpoint.progress().batch()
                            + ") instead.");
                }
                return checkpoint;
            } catch (Spiking4jException e) {
                failures.add(e);
                skipped.add("Skipped " + candidate + ": " + e.getMessage());
            }
        }
        if (failures.size() == 1 && skipped.size() == 1) {
            throw failures.get(0);
        }
        throw new Spiking4jException(folder + " holds no complete checkpoint. " + String.join(" ", skipped)
                + " Train again with --out " + folder + ".");
    }
}
