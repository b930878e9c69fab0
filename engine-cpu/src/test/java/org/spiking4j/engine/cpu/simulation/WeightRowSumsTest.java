package org.spiking4j.engine.cpu.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * Both kernels add exactly what the definition adds (each element's rows one at a time from zero, in
 * list order, then times the scale into the current), for every width and row count.
 */
class WeightRowSumsTest {
    private static final int ROW_LENGTH = 300;
    private static final int ROWS = 60;
    /** The current starts at a non-zero offset into its array, as a row of a batch does. */
    private static final int TARGET_START = 3;
    private static final float SCALE = -0.01f;

    @Test
    void vectorAndScalarKernelsEqualTheDefinitionBitForBit() {
        float[] weights = signedUniforms(5);
        int[] rows = new int[ROWS];
        for (int k = 0; k < ROWS; k++) {
            rows[k] = (k * 37) % ROWS;
        }
        for (WeightRowSums sums : new WeightRowSums[] {new ScalarWeightRowSums(), new VectorWeightRowSums()}) {
            for (int rowCount : new int[] {0, 1, 3, 4, 7, 33, ROWS}) {
                for (int[] block : new int[][] {{0, 256}, {256, 44}, {17, 5}, {0, ROW_LENGTH}}) {
                    float[] expected = startingCurrent(block[1]);
                    for (int unit = 0; unit < block[1]; unit++) {
                        float sum = 0f;
                        for (int k = 0; k < rowCount; k++) {
                            sum += weights[rows[k] * ROW_LENGTH + block[0] + unit];
                        }
                        expected[TARGET_START + unit] += sum * SCALE;
                    }
                    float[] actual = startingCurrent(block[1]);
                    sums.addScaled(weights, rows, 0, rowCount, ROW_LENGTH, block[0], block[1], SCALE, actual,
                            TARGET_START, new float[block[1]]);
                    assertArrayEquals(expected, actual, sums.getClass().getSimpleName() + ", " + rowCount
                            + " rows, block " + block[0] + "+" + block[1]);
                }
            }
        }
    }

    @Test
    void pairedSumsEqualEachRowsOwnSumBitForBit() {
        float[] weights = signedUniforms(7);
        // Negative zeros too: the paired kernel adds w·0 for units outside a row's list.
        for (int index = 0; index < weights.length; index += 11) {
            weights[index] = -0f;
        }
        float[] draws = new float[2 * ROWS];
        new CounterRandom(8, RandomStream.INPUT_SPIKES).fillUniform(draws, 0, draws.length, 0, 0, 0);
        int[] units = new int[ROWS];
        float[] first = new float[ROWS];
        float[] second = new float[ROWS];
        int[] firstList = new int[ROWS];
        int[] secondList = new int[ROWS];
        int count = 0;
        int firstCount = 0;
        int secondCount = 0;
        for (int unit = 0; unit < ROWS; unit++) {
            boolean inFirst = draws[unit] < 0.6f;
            boolean inSecond = draws[ROWS + unit] < 0.6f;
            if (inFirst || inSecond) {
                units[count] = unit;
                first[count] = inFirst ? 1f : 0f;
                second[count] = inSecond ? 1f : 0f;
                count++;
            }
            if (inFirst) {
                firstList[firstCount++] = unit;
            }
            if (inSecond) {
                secondList[secondCount++] = unit;
            }
        }
        int secondStart = TARGET_START + ROW_LENGTH + 5;
        for (WeightRowSums sums : new WeightRowSums[] {new ScalarWeightRowSums(), new VectorWeightRowSums()}) {
            for (int[] block : new int[][] {{0, 256}, {256, 44}, {17, 5}, {0, ROW_LENGTH}}) {
                float[] expected = startingCurrent(secondStart + block[1]);
                sums.addScaled(weights, firstList, 0, firstCount, ROW_LENGTH, block[0], block[1], SCALE, expected,
                        TARGET_START, new float[block[1]]);
                sums.addScaled(weights, secondList, 0, secondCount, ROW_LENGTH, block[0], block[1], SCALE, expected,
                        secondStart, new float[block[1]]);
                float[] actual = startingCurrent(secondStart + block[1]);
                sums.addScaledPair(weights, units, first, second, 0, count, ROW_LENGTH, block[0], block[1], SCALE,
                        actual, TARGET_START, secondStart);
                assertArrayEquals(expected, actual, sums.getClass().getSimpleName() + ", block " + block[0] + "+"
                        + block[1]);
            }
        }
    }

    @Test
    void twinListsMergeBothRowsInAscendingOrder() {
        int size = 13;
        byte[] spikes = new byte[4 * size];
        for (int unit = 0; unit < size; unit++) {
            spikes[unit] = (byte) (unit % 2);
            spikes[size + unit] = (byte) (unit % 3 == 0 ? 1 : 0);
            spikes[2 * size + unit] = (byte) (unit % 4 == 0 ? 1 : 0);
        }
        TwinSpikeLists lists = new TwinSpikeLists(size, 2);
        lists.build(spikes, 0, 2, 2);
        // Pair 0 is rows 0 and 2, pair 1 rows 1 and 3 (row 3 silent).
        int[] expectedUnits = {0, 1, 3, 4, 5, 7, 8, 9, 11, 12};
        assertEquals(expectedUnits.length, lists.count(0));
        for (int k = 0; k < expectedUnits.length; k++) {
            int unit = expectedUnits[k];
            assertEquals(unit, lists.units()[lists.start(0) + k]);
            assertEquals(unit % 2, lists.first()[lists.start(0) + k]);
            assertEquals(unit % 4 == 0 ? 1f : 0f, lists.second()[lists.start(0) + k]);
        }
        assertEquals(5, lists.count(1));
        for (int k = 0; k < 5; k++) {
            assertEquals(3 * k, lists.units()[lists.start(1) + k]);
            assertEquals(1f, lists.first()[lists.start(1) + k]);
            assertEquals(0f, lists.second()[lists.start(1) + k]);
        }
    }

    @Test
    void denseSumsEqualEventSums() {
        float[] weights = signedUniforms(6);
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
            float[] events = startingCurrent(ROW_LENGTH);
            sums.addScaled(weights, active, 0, count, ROW_LENGTH, 0, ROW_LENGTH, SCALE, events, TARGET_START,
                    new float[ROW_LENGTH]);
            float[] denseSum = new float[ROW_LENGTH];
            sums.addDense(weights, spikes, 0, ROWS, ROW_LENGTH, 0, ROW_LENGTH, denseSum);
            float[] dense = startingCurrent(ROW_LENGTH);
            sums.scaleInto(denseSum, ROW_LENGTH, SCALE, dense, TARGET_START);
            assertArrayEquals(events, dense, sums.getClass().getSimpleName());
        }
    }

    @Test
    void theVectorKernelIsChosenWhenTheModuleIsPresent() {
        assertInstanceOf(VectorWeightRowSums.class, WeightRowSums.best(),
                "the build runs tests with --add-modules jdk.incubator.vector");
    }

    private static float[] signedUniforms(int seed) {
        float[] weights = new float[ROWS * ROW_LENGTH];
        new CounterRandom(seed, RandomStream.WEIGHT_INIT).fillUniform(weights, 0, weights.length, 0, 0, 0);
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
        return weights;
    }

    private static float[] startingCurrent(int width) {
        float[] current = new float[TARGET_START + width + 2];
        for (int unit = 0; unit < current.length; unit++) {
            current[unit] = 0.5f - unit * 0.001f;
        }
        return current;
    }
}
