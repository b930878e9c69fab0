package org.spiking4j.report.record;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.BatchListener;

/** Runs a trained model over the test set and keeps what the report's figures need. */
public interface TestSetRecorder {

    /**
     * @param samples images whose rate codes are kept (the first ones of the test set)
     * @param rasterImages images whose every spike is kept
     * @param reconstructionImages images whose reconstruction is kept
     * @param listener told of progress in {@link #progressSteps} steps
     */
    CircuitRecording record(Checkpoint checkpoint, LabeledImages test, int samples, int rasterImages,
            int reconstructionImages, BatchListener listener);

    /** How many steps of progress {@link #record} reports for this test set. */
    int progressSteps(Checkpoint checkpoint, LabeledImages test);
}
