package org.spiking4j.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.spiking4j.api.backend.PhaseCommands;

/**
 * One kernel strategy's throughput: seconds per positive training sample and per test sample, the
 * time per phase (wall-clock on the CPU engine, device time from event timestamps on the OpenCL
 * engine, which also gives its commands per phase), and the activity of the last timed training
 * batch (throughput depends on it). {@code profiledWallSeconds} is the wall-clock time of the batches
 * the profile covers (warm-up included), against which a device's busy time compares.
 */
public record BenchResult(
        @JsonProperty("train_seconds_per_sample") double trainSecondsPerSample,
        @JsonProperty("test_seconds_per_sample") double testSecondsPerSample,
        @JsonProperty("profile_seconds") Map<String, Double> profileSeconds,
        @JsonProperty("spikes_per_step_last_training_batch") Map<String, Double> spikesPerStep,
        @JsonProperty("profile_commands") Map<String, PhaseCommands> profileCommands,
        @JsonProperty("profiled_wall_seconds") double profiledWallSeconds) {
}
