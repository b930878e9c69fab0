package org.spiking4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SimulatedBatch;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

class ProtocolTest {
    private static final int CLASSES = 10;
    private static final int FEATURES = 784;
    private static final int COUNT = 200;
    /** With 200 rows each of the 9 wrong labels is expected ~22 times; 5 is far in the tail. */
    private static final int MINIMUM_PER_WRONG_LABEL = 5;

    private final CounterRandom negatives = new CounterRandom(1234, RandomStream.NEGATIVES);
    private final LabeledImages positives = TrainingFixture.syntheticDigits(COUNT, 1).train();

    @Test
    void supervisedNegativesAreTheSameImagesWithUniformlyWrongLabels() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-supervised", COUNT, 1, null, null, null);
        SimulatedBatch batch = new ContrastiveSupervisedProtocol().trainingBatch(positives, spec, negatives, 3);
        assertEquals(2 * COUNT, batch.rows());
        int[][] wrongLabelCounts = new int[CLASSES][CLASSES];
        for (int row = 0; row < COUNT; row++) {
            int label = positives.labels()[row];
            int wrong = batch.labels()[COUNT + row];
            assertNotEquals(label, wrong);
            wrongLabelCounts[label][wrong]++;
            assertEquals(1f, batch.contrast()[row]);
            assertEquals(0f, batch.contrast()[COUNT + row]);
            assertEquals(1f, batch.labelContext()[(COUNT + row) * CLASSES + wrong]);
            for (int pixel = 0; pixel < FEATURES; pixel++) {
                assertEquals(batch.inputs()[row * FEATURES + pixel], batch.inputs()[(COUNT + row) * FEATURES + pixel]);
            }
        }
        int[] perWrongLabel = new int[CLASSES];
        for (int label = 0; label < CLASSES; label++) {
            for (int wrong = 0; wrong < CLASSES; wrong++) {
                perWrongLabel[wrong] += wrongLabelCounts[label][wrong];
            }
        }
        for (int wrong = 0; wrong < CLASSES; wrong++) {
            assertTrue(perWrongLabel[wrong] >= MINIMUM_PER_WRONG_LABEL, "label " + wrong + " drawn too rarely");
        }
        SimulatedBatch again = new ContrastiveSupervisedProtocol().trainingBatch(positives, spec, negatives.copy(), 3);
        assertArrayEquals(batch.labels(), again.labels(), "same coordinate, same negatives");
    }

    @Test
    void unsupervisedNegativesBlendWithAnotherImageOfTheBatch() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-unsupervised", COUNT, 1, null, null,
                Map.of("blend", 0.5, "maxRotationDegrees", 0.0));
        SimulatedBatch batch = new ContrastiveUnsupervisedProtocol().trainingBatch(positives, spec, negatives, 4);
        for (int row = 0; row < COUNT; row++) {
            int partner = findPartner(batch, row);
            assertNotEquals(row, partner, "row " + row + " blended with itself");
            assertEquals(positives.labels()[partner], batch.labels()[COUNT + row]);
        }
    }

    @Test
    void rotationKeepsTheImageInRange() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-unsupervised", COUNT, 1, null, null,
                Map.of("blend", 0.5, "maxRotationDegrees", 90.0));
        SimulatedBatch batch = new ContrastiveUnsupervisedProtocol().trainingBatch(positives, spec, negatives, 5);
        for (float value : batch.inputs()) {
            assertTrue(value >= 0f && value <= 1f);
        }
    }

    /** The j for which the negative equals 0.5·x_row + 0.5·x_j. */
    private int findPartner(SimulatedBatch batch, int row) {
        for (int candidate = 0; candidate < COUNT; candidate++) {
            boolean matches = true;
            for (int pixel = 0; pixel < FEATURES && matches; pixel++) {
                float expected = 0.5f * positives.pixels()[row * FEATURES + pixel]
                        + 0.5f * positives.pixels()[candidate * FEATURES + pixel];
                matches = expected == batch.inputs()[(COUNT + row) * FEATURES + pixel];
            }
            if (matches) {
                return candidate;
            }
        }
        throw new AssertionError("negative row " + row + " is no blend of two images of the batch");
    }
}
