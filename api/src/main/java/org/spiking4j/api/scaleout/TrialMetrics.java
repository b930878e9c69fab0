package org.spiking4j.api.scaleout;

import java.io.Serializable;

/**
 * What a finished trial reports back: the last epoch's numbers. Accuracies are fractions in [0, 1];
 * seconds are the trial's training plus evaluation time summed over its epochs.
 */
public record TrialMetrics(int epochs, double trainAccuracy, double testAccuracy, double testReconstructionMse,
        double seconds) implements Serializable {
}
