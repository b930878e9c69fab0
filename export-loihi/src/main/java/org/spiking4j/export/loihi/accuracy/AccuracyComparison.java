package org.spiking4j.export.loihi.accuracy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The float engine and the bit-accurate simulator on the same test images.
 *
 * @param floatAccuracy null when the float model was not evaluated
 * @param inputEncoding how the input spikes were made, in one sentence
 */
public record AccuracyComparison(Double floatAccuracy, double bitAccurateAccuracy, int samples,
        String inputEncoding) {

    /** The loss from quantisation in percentage points (positive: the fixed-point circuit is worse). */
    @JsonProperty("lossPoints")
    public Double lossPoints() {
        return floatAccuracy == null ? null : 100 * (floatAccuracy - bitAccurateAccuracy);
    }
}
