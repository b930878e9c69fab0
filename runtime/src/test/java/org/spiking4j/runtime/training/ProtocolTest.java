package org.spiking4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

class ProtocolTest {
    private static final int CLASSES = 10;
    private static final int FEATURES = 784;
    private static final int COUNT = 200;
    /** With 200 rows each of the 9 wrong labels is expected ~22 times; 5 is far in the tail. */
    private static final int MINIMUM_PER_WRONG_LABEL = 5;

    private static final String INPUT = "z0";
    private static final String LABEL = "z3";

    private final CounterRandom negatives = new CounterRandom(1234, RandomStream.NEGATIVES);
    private final LabeledImages positives = TrainingFixture.syntheticDigits(COUNT, 1).train();

    @Test
    void supervisedNegativesAreTheSameImagesWithUniformlyWrongLabels() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-supervised", COUNT, 1, null, null, null);
        SampleBatch batch = new ContrastiveSupervisedProtocol().trainingBatch(positives, context(spec, negatives), 3);
        assertEquals(2 * COUNT, batch.rows());
        assertEquals(COUNT, batch.samples());
        int[][] wrongLabelCounts = new int[CLASSES][CLASSES];
        for (int row = 0; row < COUNT; row++) {
            int label = positives.labels()[row];
            int wrong = labelOf(batch, COUNT + row);
            assertNotEquals(label, wrong);
            wrongLabelCounts[label][wrong]++;
            assertEquals(1f, batch.contrast()[row]);
            assertEquals(0f, batch.contrast()[COUNT + row]);
            assertEquals(label, labelOf(batch, row));
            for (int pixel = 0; pixel < FEATURES; pixel++) {
                assertEquals(batch.clamps().get(INPUT)[row * FEATURES + pixel], batch.clamps().get(INPUT)[(COUNT + row) * FEATURES + pixel]);
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
        SampleBatch again = new ContrastiveSupervisedProtocol().trainingBatch(positives,
                context(spec, negatives.copy()), 3);
        assertArrayEquals(batch.clamps().get(LABEL), again.clamps().get(LABEL), "same coordinate, same negatives");
    }

    @Test
    void unsupervisedNegativesBlendWithAnotherImageOfTheBatch() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-unsupervised", COUNT, 1, null, null,
                Map.of("blend", 0.5, "maxRotationDegrees", 0.0));
        SampleBatch batch = new ContrastiveUnsupervisedProtocol().trainingBatch(positives, context(spec, negatives), 4);
        for (int row = 0; row < COUNT; row++) {
            int partner = findPartner(batch, row);
            assertNotEquals(row, partner, "row " + row + " blended with itself");
            assertEquals(positives.labels()[partner], labelOf(batch, COUNT + row));
        }
    }

    @Test
    void rotationKeepsTheImageInRange() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-unsupervised", COUNT, 1, null, null,
                Map.of("blend", 0.5, "maxRotationDegrees", 90.0));
        SampleBatch batch = new ContrastiveUnsupervisedProtocol().trainingBatch(positives, context(spec, negatives), 5);
        for (float value : batch.clamps().get(INPUT)) {
            assertTrue(value >= 0f && value <= 1f);
        }
    }

    @Test
    void testBatchesClampTheImagesAloneWithTheLabelContextZeroed() {
        ProtocolSpec spec = new ProtocolSpec("contrastive-supervised", COUNT, 1, null, null, null);
        SampleBatch batch = new ContrastiveSupervisedProtocol().testBatch(positives, context(spec, negatives));
        assertEquals(COUNT, batch.rows());
        assertEquals(COUNT, batch.samples());
        assertArrayEquals(positives.pixels(), batch.clamps().get(INPUT));
        assertArrayEquals(new float[COUNT * CLASSES], batch.clamps().get(LABEL));
        for (float contrast : batch.contrast()) {
            assertEquals(1f, contrast);
        }
    }

    /** The class whose label unit is clamped on in this row (exactly one is). */
    private static int labelOf(SampleBatch batch, int row) {
        float[] context = batch.clamps().get(LABEL);
        int label = -1;
        for (int unit = 0; unit < CLASSES; unit++) {
            if (context[row * CLASSES + unit] == 1f) {
                assertEquals(-1, label, "row " + row + " has two labels");
                label = unit;
            }
        }
        return label;
    }

    private static ProtocolContext context(ProtocolSpec spec, CounterRandom random) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put(INPUT, new PopulationSpec("bernoulli", FEATURES, PopulationRole.INPUT, null, null));
        populations.put(LABEL, new PopulationSpec("clamp", CLASSES, PopulationRole.LABEL, null, null));
        CircuitDescription circuit = new CircuitDescription(CircuitDescription.API_VERSION, "protocol-test", 1234L,
                new TimeSpec(1, 1), populations, null, null, null, spec, null, null);
        return new ProtocolContext(circuit, spec, random);
    }

    /** The j for which the negative equals 0.5·x_row + 0.5·x_j. */
    private int findPartner(SampleBatch batch, int row) {
        for (int candidate = 0; candidate < COUNT; candidate++) {
            boolean matches = true;
            for (int pixel = 0; pixel < FEATURES && matches; pixel++) {
                float expected = 0.5f * positives.pixels()[row * FEATURES + pixel]
                        + 0.5f * positives.pixels()[candidate * FEATURES + pixel];
                matches = expected == batch.clamps().get(INPUT)[(COUNT + row) * FEATURES + pixel];
            }
            if (matches) {
                return candidate;
            }
        }
        throw new AssertionError("negative row " + row + " is no blend of two images of the batch");
    }
}
