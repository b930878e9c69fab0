package org.spiking4j.runtime.training;

import java.util.List;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.api.random.CounterRandom;

/**
 * csdp.md §4.1: each positive (image, label) gets a negative twin, the same image with a uniformly
 * random wrong label. The wrong label of row r is drawn from the NEGATIVES stream at counter
 * (r / 4, batch coordinate, 0, 0).
 */
public final class ContrastiveSupervisedProtocol implements TrainingProtocol {
    public static final String ID = "contrastive-supervised";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Positives with their labels, negatives as the same images with a random wrong label.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public SampleBatch trainingBatch(LabeledImages positives, ProtocolContext context, int batchCoordinate) {
        CounterRandom negatives = context.random();
        int count = positives.count();
        int classes = positives.classes();
        int[] labels = new int[2 * count];
        for (int row = 0; row < count; row++) {
            int label = positives.labels()[row];
            int offset = negatives.uniformInt(row, classes - 1, batchCoordinate, 0, 0);
            labels[row] = label;
            labels[count + row] = offset < label ? offset : offset + 1;
        }
        return BatchAssembly.pairWithNegatives(positives, positives.pixels(), labels, context);
    }

    @Override
    public SampleBatch testBatch(LabeledImages samples, ProtocolContext context) {
        return BatchAssembly.testBatch(samples, context);
    }
}
