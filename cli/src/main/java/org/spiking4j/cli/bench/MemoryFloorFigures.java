package org.spiking4j.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The bandwidth measured in a bench run and the optimiser floor it gives for the circuit. */
public record MemoryFloorFigures(
        @JsonProperty("triad_elements_per_array") int triadElementsPerArray,
        @JsonProperty("bandwidth_one_thread_bytes_per_second") double bandwidthOneThread,
        @JsonProperty("bandwidth_all_threads_bytes_per_second") double bandwidthAllThreads,
        @JsonProperty("threads") int threads,
        @JsonProperty("floor") OptimizerFloor floor,
        @JsonProperty("floor_seconds_per_positive_sample") double floorSecondsPerSample) {

    public double multipleOfFloor(double trainSecondsPerSample) {
        return trainSecondsPerSample / floorSecondsPerSample;
    }
}
