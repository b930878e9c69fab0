package org.spiking4j.runtime.training;

import java.util.Map;

/**
 * Test-set outcome: accuracy from classifier spike counts with labels zeroed, the reconstruction
 * error Σ_i (x̂ − x)² averaged over samples (csdp.md §7 item 13; NaN without a reconstruction
 * population), mean spikes per step per sample of each population, and the predicted classes.
 */
public record EvaluationResult(double accuracy, double reconstructionMse, Map<String, Double> spikesPerStep,
        int[] predictions, double seconds) {
}
