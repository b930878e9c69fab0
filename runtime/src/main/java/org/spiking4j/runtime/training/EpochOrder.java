package org.spiking4j.runtime.training;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * The order of the training images in an epoch: a Fisher–Yates shuffle whose swap for position i
 * draws from the SHUFFLE stream at counter (i / 4, epoch, 0, 0), so any epoch's order can be
 * recomputed on resume.
 */
final class EpochOrder {
    private final CounterRandom random;

    EpochOrder(long seed) {
        this.random = new CounterRandom(seed, RandomStream.SHUFFLE);
    }

    int[] permutation(int count, int epoch) {
        int[] order = new int[count];
        for (int index = 0; index < count; index++) {
            order[index] = index;
        }
        for (int index = count - 1; index > 0; index--) {
            int other = random.uniformInt(index, index + 1, epoch, 0, 0);
            int swap = order[index];
            order[index] = order[other];
            order[other] = swap;
        }
        return order;
    }

    /** The images at order[from .. from+count). */
    static LabeledImages gather(LabeledImages images, int[] order, int from, int count) {
        int features = images.features();
        float[] pixels = new float[count * features];
        int[] labels = new int[count];
        for (int row = 0; row < count; row++) {
            int source = order[from + row];
            System.arraycopy(images.pixels(), source * features, pixels, row * features, features);
            labels[row] = images.labels()[source];
        }
        return new LabeledImages(pixels, labels, count, features, images.classes());
    }
}
