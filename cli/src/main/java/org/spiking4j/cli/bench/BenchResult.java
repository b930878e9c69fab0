package org.spiking4j.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One kernel strategy's throughput: seconds per positive training sample and per test sample, the
 * time per phase, and the activity of the last timed training batch (throughput depends on it).
 */
public record BenchResult(
        @JsonProperty("train_seconds_per_sample") double trainSecondsPerSample,
        @JsonProperty("test_seconds_per_sample") double testSecondsPerSample,
        @JsonProperty("profile_seconds") Map<String, Double> profileSeconds,
        @JsonProperty("spikes_per_step_last_training_batch") Map<String, Double> spikesPerStep) {
}
