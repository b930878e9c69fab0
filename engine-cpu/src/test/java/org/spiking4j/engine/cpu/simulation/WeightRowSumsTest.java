package org.spiking4j.engine.cpu.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/** The vector kernel adds exactly what the scalar one adds, in the same order, for every width and row count. */
class WeightRowSumsTest {
    private static final int ROW_LENGTH = 300;
    private static final int ROWS = 60;

    @Test
    void vectorAndScalarAgreeBitForBit() {
        float[] weights = new float[ROWS * ROW_LENGTH];
        new CounterRandom(5, RandomStream.WEIGHT_INIT).fillUniform(weights, 0, weights.length, 0, 0, 0);
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
        int[] rows = new int[ROWS];
        for (int k = 0; k < ROWS; k++) {
            rows[k] = (k * 37) % ROWS;
        }
        WeightRowSums vector = new VectorWeightRowSums();
        WeightRowSums scalar = new ScalarWeightRowSums();
        for (int rowCount : new int[] {0, 1, 3, 4, 7, 33, ROWS}) {
            for (int[] block : new int[][] {{0, 256}, {256, 44}, {17, 5}, {0, ROW_LENGTH}}) {
                float[] expected = new float[block[1]];
                float[] actual = new float[block[1]];
                scalar.add(weights, rows, 0, rowCount, ROW_LENGTH, block[0], block[1], expected);
                vector.add(weights, rows, 0, rowCount, ROW_LENGTH, block[0], block[1], actual);
                assertArrayEquals(expected, actual, rowCount + " rows, block " + block[0] + "+" + block[1]);
            }
        }
    }

    @Test
    void fusedScaledSumsEqualSumThenScale() {
        float[] weights = new float[ROWS * ROW_LENGTH];
        new CounterRandom(7, RandomStream.WEIGHT_INIT).fillUniform(weights, 0, weights.length, 0, 0, 0);
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
        int[] rows = new int[ROWS];
        for (int k = 0; k < ROWS; k++) {
            rows[k] = (k * 13) % ROWS;
        }
        float scale = -0.01f;
        for (int rowCount : new int[] {1, 4, 33, ROWS}) {
            for (int[] block : new int[][] {{0, 256}, {256, 44}, {17, 5}, {0, ROW_LENGTH}}) {
                float[] sum = new float[block[1]];
                new ScalarWeightRowSums().add(weights, rows, 0, rowCount, ROW_LENGTH, block[0], block[1], sum);
                float[] expected = new float[block[1] + 3];
                float[] actual = new float[block[1] + 3];
                for (int unit = 0; unit < expected.length; unit++) {
                    expected[unit] = 0.5f - unit * 0.001f;
                    actual[unit] = expected[unit];
                }
                for (int unit = 0; unit < block[1]; unit++) {
                    expected[3 + unit] += sum[unit] * scale;
                }
                new VectorWeightRowSums().addScaled(weights, rows, 0, rowCount, ROW_LENGTH, block[0], block[1], scale,
                        actual, 3, new float[block[1]]);
                assertArrayEquals(expected, actual, rowCount + " rows, block " + block[0] + "+" + block[1]);
            }
        }
    }

    @Test
    void denseSumsEqualEventSums() {
        float[] weights = new float[ROWS * ROW_LENGTH];
        new CounterRandom(6, RandomStream.WEIGHT_INIT).fillUniform(weights, 0, weights.length, 0, 0, 0);
        byte[] spikes = new byte[ROWS];
        int[] active = new int[ROWS];
        int count = 0;
        for (int row = 0; row < ROWS; row++) {
            if (row % 3 != 1) {
                spikes[row] = 1;
                active[count++] = row;
            }
        }
        for (WeightRowSums sums : new WeightRowSums[] {new ScalarWeightRowSums(), new VectorWeightRowSums()}) {
            float[] events = new float[ROW_LENGTH];
            float[] dense = new float[ROW_LENGTH];
            sums.add(weights, active, 0, count, ROW_LENGTH, 0, ROW_LENGTH, events);
            sums.addDense(weights, spikes, 0, ROWS, ROW_LENGTH, 0, ROW_LENGTH, dense);
            assertArrayEquals(events, dense, sums.getClass().getSimpleName());
        }
    }

    @Test
    void theVectorKernelIsChosenWhenTheModuleIsPresent() {
        assertInstanceOf(VectorWeightRowSums.class, WeightRowSums.best(),
                "the build runs tests with --add-modules jdk.incubator.vector");
    }
}
