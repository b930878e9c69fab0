package org.spiking4j.runtime.training;

import org.spiking4j.api.data.LabeledImages;

/** The fraction of images whose predicted class is their label (0 for no images). */
public final class Accuracy {

    private Accuracy() {
    }

    public static double of(int[] predictions, LabeledImages images) {
        long correct = 0;
        for (int sample = 0; sample < images.count(); sample++) {
            correct += predictions[sample] == images.labels()[sample] ? 1 : 0;
        }
        return images.count() == 0 ? 0 : correct / (double) images.count();
    }
}
