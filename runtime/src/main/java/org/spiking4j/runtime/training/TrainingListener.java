package org.spiking4j.runtime.training;

import org.spiking4j.runtime.model.EpochMetrics;

/** What a training run reports as it goes; the command line draws progress bars from it. */
public interface TrainingListener {
    TrainingListener SILENT = new TrainingListener() { };

    default void epochStarted(int epoch, int epochs, int firstBatch, int batches) {
    }

    /** @param trainAccuracy running accuracy of the epoch's positives so far */
    default void batchDone(int epoch, int batch, int batches, double trainAccuracy) {
    }

    default void evaluationStarted(int epoch, int batches) {
    }

    default void evaluationBatchDone(int done, int batches) {
    }

    default void epochDone(EpochMetrics metrics) {
    }

    default void checkpointWritten(int epoch, int batch) {
    }
}
