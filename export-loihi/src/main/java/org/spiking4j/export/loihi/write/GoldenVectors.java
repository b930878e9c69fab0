package org.spiking4j.export.loihi.write;

import java.util.List;
import java.util.Map;

/**
 * Golden test vectors: input spikes of a few test images and every LIF population's spikes in the
 * bit-accurate simulator, each sample from zero state.
 *
 * @param inputs per sample, (steps, inputSize) 0/1
 * @param spikes per population (in {@code order}), per sample, (steps, size) 0/1
 */
public record GoldenVectors(List<byte[]> inputs, int[] labels, Map<String, List<byte[]>> spikes,
        List<String> order, Map<String, Integer> sizes, int inputSize, int steps) {

    public int samples() {
        return labels.length;
    }
}
