package org.spiking4j.testkit.parity;

import java.util.SplittableRandom;
import org.spiking4j.api.data.LabeledImages;

/**
 * Random images shaped like MNIST's statistics (most pixels dark, some saturated, the rest of random
 * intensity) with uniform random labels, from a seed. Inputs of exactly 0 and 1 matter: an encoder
 * may decide them without a draw.
 */
public final class ParityImages {
    /** Fraction of pixels that are exactly 0, about MNIST's. */
    static final double DARK_FRACTION = 0.8;
    /** Fraction of the lit pixels that are exactly 1 (MNIST's 255). */
    static final double SATURATED_FRACTION = 0.3;

    private ParityImages() {
    }

    public static LabeledImages of(long seed, int count, int features, int classes) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[count * features];
        for (int index = 0; index < pixels.length; index++) {
            if (random.nextDouble() >= DARK_FRACTION) {
                pixels[index] = random.nextDouble() < SATURATED_FRACTION ? 1f : (float) random.nextDouble();
            }
        }
        int[] labels = new int[count];
        for (int row = 0; row < count; row++) {
            labels[row] = random.nextInt(classes);
        }
        return new LabeledImages(pixels, labels, count, features, classes);
    }
}
