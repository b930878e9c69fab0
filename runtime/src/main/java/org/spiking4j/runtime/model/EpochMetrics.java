package org.spiking4j.runtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One line of metrics.jsonl. Accuracies are fractions in [0, 1]; seconds are training plus evaluation. */
public record EpochMetrics(
        @JsonProperty("epoch") int epoch,
        @JsonProperty("train_accuracy") double trainAccuracy,
        @JsonProperty("test_accuracy") double testAccuracy,
        @JsonProperty("test_reconstruction_mse") double testReconstructionMse,
        @JsonProperty("seconds") double seconds,
        @JsonProperty("train_seconds") double trainSeconds,
        @JsonProperty("spikes_per_step") Map<String, Double> spikesPerStep) {
}
