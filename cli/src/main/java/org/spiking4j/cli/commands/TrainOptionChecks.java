package org.spiking4j.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.model.ModelFormat;
import picocli.CommandLine.ParseResult;

/** Checks on train's options that need no data: ranges, what --resume allows, a usable model folder. */
final class TrainOptionChecks {
    /**
     * Options that would change a resumed run's result, or that a resumed run cannot apply: its
     * circuit, seed and training set come from the model directory, which is also where it writes.
     */
    private static final List<String> NOT_WITH_RESUME = List.of("--config", "--out", "--seed", "--train-limit");

    private TrainOptionChecks() {
    }

    static void checkRanges(Integer epochs, Integer trainLimit, int checkpointEvery) {
        if (epochs != null && epochs < 1) {
            throw new Spiking4jException("--epochs must be at least 1, found " + epochs + ".");
        }
        if (trainLimit != null && trainLimit < 0) {
            throw new Spiking4jException("--train-limit must be 0 (all images) or more, found " + trainLimit + ".");
        }
        if (checkpointEvery < 0) {
            throw new Spiking4jException("--checkpoint-every must be 0 (every epoch only) or more, found "
                    + checkpointEvery + ".");
        }
    }

    static void refuseOnResume(ParseResult parsed, Path resume) {
        for (String option : NOT_WITH_RESUME) {
            if (parsed.hasMatchedOption(option)) {
                throw new Spiking4jException(option + " cannot be combined with --resume: a resumed run continues "
                        + resume + " with its own circuit, seed and training images and writes into it, so that it "
                        + "ends bit-identical to an uninterrupted run. Drop " + option + ", or start a new run with "
                        + "--config and --out.");
            }
        }
    }

    static void checkUsableFolder(Path folder, boolean resuming) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Spiking4jException(folder + " exists and is not a folder; give --out a folder name (new, or "
                    + "empty).");
        }
        if (resuming && !Files.isDirectory(folder)) {
            throw new Spiking4jException("There is no model directory at " + folder
                    + "; give --resume the folder that 'spiking4j train --out' wrote.");
        }
    }

    /** Removes a model folder this run created but never wrote a checkpoint into (only its lock file). */
    static void removeIfUnused(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> all = entries.toList();
            if (all.stream().allMatch(path -> path.getFileName().toString().equals(ModelFormat.LOCK))) {
                for (Path path : all) {
                    Files.deleteIfExists(path);
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // An empty folder left behind is harmless; the original error matters more.
        }
    }
}
