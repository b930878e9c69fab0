package org.spiking4j.export.loihi.accuracy;

import java.util.Map;

/**
 * The bit-accurate simulator on a test set.
 *
 * @param accuracy fraction of images whose classifier spike-count argmax (first on ties) is the label
 * @param predictions the predicted class of every image
 * @param largestInput per LIF population, the largest |per-step synaptic input| seen
 * @param spikesPerStep per LIF population, mean spikes per step per image
 */
public record BitAccurateResult(double accuracy, int samples, int[] predictions, Map<String, Long> largestInput,
        Map<String, Double> spikesPerStep, double seconds) {
}
