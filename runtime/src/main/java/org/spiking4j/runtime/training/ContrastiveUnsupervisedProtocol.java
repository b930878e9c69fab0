package org.spiking4j.runtime.training;

import java.util.List;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.api.random.CounterRandom;

/**
 * csdp.md §8: negatives are blends of each positive with another image of the batch, picked
 * uniformly (j ≠ i, each row drawing its own), optionally rotated first. Draws from the NEGATIVES
 * stream: the partner of row r at counter (r / 4, batch coordinate, 0, 0), its rotation at
 * (r / 4, batch coordinate, 1, 0).
 */
public final class ContrastiveUnsupervisedProtocol implements TrainingProtocol {
    public static final String ID = "contrastive-unsupervised";
    static final String BLEND = "blend";
    static final String MAX_ROTATION = "maxRotationDegrees";
    private static final int ROTATION_DRAW = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Self-supervised: negatives blend each image with another image of the batch (no labels used).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.of(BLEND, "", 0.5, 0, 1, "weight of the positive image in its negative blend"),
                ParameterSpec.of(MAX_ROTATION, "degrees", 0, 0, 180,
                        "partner images are rotated by U(-max, max) before blending; 0 turns rotation off"));
    }

    @Override
    public SampleBatch trainingBatch(LabeledImages positives, ProtocolContext context, int batchCoordinate) {
        ProtocolSpec spec = context.spec();
        CounterRandom negatives = context.random();
        int count = positives.count();
        if (count < 2) {
            throw new Spiking4jException("The " + ID + " protocol needs at least 2 images per batch to blend; "
                    + "raise protocol.batchSize.");
        }
        int features = positives.features();
        float alpha = (float) spec.params().getOrDefault(BLEND, 0.5).doubleValue();
        double maxRotation = spec.params().getOrDefault(MAX_ROTATION, 0.0);
        float[] pixels = positives.pixels();
        float[] blended = new float[count * features];
        float[] partnerImage = new float[features];
        int[] labels = new int[2 * count];
        for (int row = 0; row < count; row++) {
            int draw = negatives.uniformInt(row, count - 1, batchCoordinate, 0, 0);
            int partner = draw < row ? draw : draw + 1;
            System.arraycopy(pixels, partner * features, partnerImage, 0, features);
            if (maxRotation > 0) {
                float uniform = negatives.uniform(row, batchCoordinate, ROTATION_DRAW, 0);
                partnerImage = ImageRotation.rotate(partnerImage, (2.0 * uniform - 1.0) * maxRotation);
            }
            int base = row * features;
            for (int feature = 0; feature < features; feature++) {
                blended[base + feature] = alpha * pixels[base + feature] + (1f - alpha) * partnerImage[feature];
            }
            labels[row] = positives.labels()[row];
            labels[count + row] = positives.labels()[partner];
        }
        return BatchAssembly.pairWithNegatives(positives, blended, labels, context);
    }

    @Override
    public SampleBatch testBatch(LabeledImages samples, ProtocolContext context) {
        return BatchAssembly.testBatch(samples, context);
    }
}
