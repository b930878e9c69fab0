package org.spiking4j.cli.bench;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * Images with MNIST's pixel statistics, so a benchmark needs no dataset: about 19% of pixels lit,
 * at intensity ~0.7, giving the ~13% input spikes per step of csdp.md §9.
 */
public final class SyntheticImages {
    private static final double LIT_FRACTION = 0.19;
    private static final float LIT_INTENSITY = 0.7f;
    private static final int CLASSES = 10;

    private SyntheticImages() {
    }

    public static LabeledImages generate(int count, int features, long seed) {
        CounterRandom random = new CounterRandom(seed, RandomStream.VALIDATION_SPLIT);
        float[] pixels = new float[count * features];
        float[] draws = new float[features];
        int[] labels = new int[count];
        for (int row = 0; row < count; row++) {
            random.fillUniform(draws, 0, features, row, 0, 0);
            for (int pixel = 0; pixel < features; pixel++) {
                pixels[row * features + pixel] = draws[pixel] < LIT_FRACTION ? LIT_INTENSITY : 0f;
            }
            labels[row] = row % CLASSES;
        }
        return new LabeledImages(pixels, labels, count, features, CLASSES);
    }
}
