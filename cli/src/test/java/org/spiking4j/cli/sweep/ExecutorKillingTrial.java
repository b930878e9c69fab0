package org.spiking4j.cli.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialTask;

/**
 * A trial that kills the JVM it runs in on its first attempt (as an out-of-memory kill or a lost
 * machine would), and reports a fixed accuracy on the next: for the executor-loss test only.
 */
record ExecutorKillingTrial(String trialId, String markerFolder) implements TrialTask {
    static final double ACCURACY = 0.5;
    private static final int KILLED = 137;

    @Override
    public TrialMetrics run() {
        Path marker = Path.of(markerFolder).resolve(trialId + ".started");
        if (!Files.exists(marker)) {
            try {
                Files.writeString(marker, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().halt(KILLED);
        }
        return new TrialMetrics(1, ACCURACY, ACCURACY, 0, 0);
    }
}
