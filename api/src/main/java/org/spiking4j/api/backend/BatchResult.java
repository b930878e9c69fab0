package org.spiking4j.api.backend;

import java.util.Map;

/**
 * What a batch leaves behind.
 *
 * @param classifierCounts per classifier population: (rows, size) spike counts summed over the steps
 * @param reconstructionTraceSums per reconstruction population: (rows, size) trace summed over the steps
 * @param spikesPerStep per population: mean spikes per step per row
 */
public record BatchResult(Map<String, float[]> classifierCounts, Map<String, float[]> reconstructionTraceSums,
        Map<String, Double> spikesPerStep) {
}
