package org.spiking4j.api.readout;

import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.engine.ComponentState;

/**
 * One circuit's readout. Readouts that need training-set statistics (e.g. a label assignment) gather
 * them in {@link #observeTraining}; what they learn is checkpointed through {@link ComponentState}.
 */
public interface Readout extends ComponentState {

    /** The predicted class of each sample row {@code 0 .. samples-1} of the batch. */
    int[] predict(BatchResult result, int samples);

    /** Sees a training batch's result and its samples' labels; nothing by default. */
    default void observeTraining(BatchResult result, int[] labels, int samples) {
    }
}
