package org.spiking4j.runtime.training;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SimulatedBatch;

/** Builds the simulated rows shared by the contrastive protocols: positives first, then negatives. */
final class BatchAssembly {

    private BatchAssembly() {
    }

    /**
     * @param negativeImages (count, features) images of the negative rows
     * @param labels 2·count labels: the positives', then the negatives'
     */
    static SimulatedBatch pairWithNegatives(LabeledImages positives, float[] negativeImages, int[] labels) {
        int count = positives.count();
        int features = positives.features();
        int classes = positives.classes();
        int rows = 2 * count;
        float[] inputs = new float[rows * features];
        System.arraycopy(positives.pixels(), 0, inputs, 0, count * features);
        System.arraycopy(negativeImages, 0, inputs, count * features, count * features);
        float[] contrast = new float[rows];
        java.util.Arrays.fill(contrast, 0, count, 1f);
        return new SimulatedBatch(rows, inputs, oneHot(labels, classes), contrast, labels);
    }

    static float[] oneHot(int[] labels, int classes) {
        float[] encoded = new float[labels.length * classes];
        for (int row = 0; row < labels.length; row++) {
            encoded[row * classes + labels[row]] = 1f;
        }
        return encoded;
    }
}
