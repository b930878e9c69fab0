package org.spiking4j.runtime.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.ModelFormat;

/** What a trial's model directory holds: nothing yet, a checkpoint to continue, or the finished model. */
public final class TrialFolders {
    private final ModelDirectory models;

    public TrialFolders(ModelDirectory models) {
        this.models = models;
    }

    /** The checkpoint in the folder, or null when no model has been written there yet. */
    public Checkpoint checkpoint(Path trialFolder) {
        return Files.exists(trialFolder.resolve(ModelFormat.MANIFEST)) ? models.read(trialFolder) : null;
    }

    /** The metrics of the finished model in the folder, or null when the trial still has epochs to run. */
    public TrialMetrics finished(Path trialFolder, PlannedTrial trial) {
        Checkpoint checkpoint = checkpoint(trialFolder);
        if (checkpoint == null || !checkpoint.progress().finished(trial.circuit().protocol().epochs())) {
            return null;
        }
        return metrics(checkpoint.metrics());
    }

    /** A trial's result from its epochs: the last epoch's accuracies, the time summed over all. */
    public static TrialMetrics metrics(List<EpochMetrics> epochs) {
        EpochMetrics last = epochs.get(epochs.size() - 1);
        double seconds = epochs.stream().mapToDouble(EpochMetrics::seconds).sum();
        return new TrialMetrics(last.epoch(), last.trainAccuracy(), last.testAccuracy(), last.testReconstructionMse(),
                seconds);
    }
}
