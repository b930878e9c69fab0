package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;

/**
 * Builds the batches of the contrastive (CSDP) protocols: for training the positives first, then
 * their negatives, with the image on the input population and the one-hot label context on the label
 * population; for testing the images alone, the label context zeroed (csdp.md §6).
 */
final class BatchAssembly {

    private BatchAssembly() {
    }

    /**
     * @param negativeImages (count, features) images of the negative rows
     * @param labels 2·count labels: the positives', then the negatives'
     */
    static SampleBatch pairWithNegatives(LabeledImages positives, float[] negativeImages, int[] labels,
            ProtocolContext context) {
        int count = positives.count();
        int features = positives.features();
        int rows = 2 * count;
        float[] inputs = new float[rows * features];
        System.arraycopy(positives.pixels(), 0, inputs, 0, count * features);
        System.arraycopy(negativeImages, 0, inputs, count * features, count * features);
        float[] contrast = new float[rows];
        java.util.Arrays.fill(contrast, 0, count, 1f);
        return new SampleBatch(rows, count, clamps(context.circuit(), inputs, oneHot(labels, positives.classes())),
                contrast);
    }

    /** Every row positive, labels zeroed on the label population. */
    static SampleBatch testBatch(LabeledImages samples, ProtocolContext context) {
        int rows = samples.count();
        String label = context.circuit().populationWithRole(PopulationRole.LABEL);
        float[] labelContext = label == null ? null : new float[rows * context.circuit().population(label).size()];
        float[] contrast = new float[rows];
        java.util.Arrays.fill(contrast, 1f);
        return new SampleBatch(rows, rows, clamps(context.circuit(), samples.pixels(), labelContext), contrast);
    }

    private static Map<String, float[]> clamps(CircuitDescription circuit, float[] inputs, float[] labelContext) {
        Map<String, float[]> clamps = new LinkedHashMap<>();
        clamps.put(circuit.populationWithRole(PopulationRole.INPUT), inputs);
        String label = circuit.populationWithRole(PopulationRole.LABEL);
        if (label != null) {
            clamps.put(label, labelContext);
        }
        return clamps;
    }

    static float[] oneHot(int[] labels, int classes) {
        float[] encoded = new float[labels.length * classes];
        for (int row = 0; row < labels.length; row++) {
            encoded[row * classes + labels[row]] = 1f;
        }
        return encoded;
    }
}
