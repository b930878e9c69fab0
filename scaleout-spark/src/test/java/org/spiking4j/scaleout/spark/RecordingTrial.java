package org.spiking4j.scaleout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialTask;

/**
 * A trial for the engine's tests: leaves one file per run in {@code runs} (so a test can count how
 * often it ran), and fails as told: never, on its first attempt, on every attempt, or with bad input.
 */
record RecordingTrial(String trialId, String runs, Failure failure, double accuracy) implements TrialTask {

    enum Failure { NONE, FIRST_ATTEMPT, ALWAYS, BAD_INPUT }

    @Override
    public TrialMetrics run() {
        Path folder = Path.of(runs);
        try {
            Files.createFile(folder.resolve(trialId + "." + UUID.randomUUID()));
            boolean first = !Files.exists(folder.resolve(trialId + ".attempted"));
            Files.writeString(folder.resolve(trialId + ".attempted"), "");
            if (failure == Failure.ALWAYS || failure == Failure.FIRST_ATTEMPT && first) {
                throw new IllegalStateException("simulated crash of " + trialId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failure == Failure.BAD_INPUT) {
            throw new Spiking4jException("the data folder of " + trialId + " is missing");
        }
        return new TrialMetrics(1, accuracy / 2, accuracy, 0.25, 1.5);
    }

    /** How many times this trial was started. */
    long starts() {
        try (var files = Files.list(Path.of(runs))) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(trialId + ".") && !name.endsWith(".attempted");
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
