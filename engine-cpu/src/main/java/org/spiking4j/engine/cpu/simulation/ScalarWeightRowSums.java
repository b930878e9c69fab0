package org.spiking4j.engine.cpu.simulation;

/**
 * Four weight rows per pass over the sum. C2 (JDK 17) does not vectorise these loops, because it
 * cannot rule out that the sum and the weights are the same array.
 */
final class ScalarWeightRowSums implements WeightRowSums {

    @Override
    public void addScaled(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart,
            int width, float scale, float[] target, int targetStart, float[] scratch) {
        java.util.Arrays.fill(scratch, 0, width, 0f);
        add(weights, rows, listStart, rowCount, rowLength, blockStart, width, scratch);
        scaleInto(scratch, width, scale, target, targetStart);
    }

    @Override
    public void addScaledPair(float[] weights, int[] units, float[] first, float[] second, int listStart, int count,
            int rowLength, int blockStart, int width, float scale, float[] target, int firstStart, int secondStart) {
        addPairColumns(weights, units, first, second, listStart, count, rowLength, blockStart, 0, width, scale, target,
                firstStart, secondStart);
    }

    /** The paired sum for columns [fromUnit, toUnit) of the block, one column at a time; also the vector kernel's tail. */
    static void addPairColumns(float[] weights, int[] units, float[] first, float[] second, int listStart, int count,
            int rowLength, int blockStart, int fromUnit, int toUnit, float scale, float[] target, int firstStart,
            int secondStart) {
        for (int unit = fromUnit; unit < toUnit; unit++) {
            float firstSum = 0f;
            float secondSum = 0f;
            for (int k = listStart; k < listStart + count; k++) {
                float weight = weights[units[k] * rowLength + blockStart + unit];
                firstSum += weight * first[k];
                secondSum += weight * second[k];
            }
            target[firstStart + unit] += firstSum * scale;
            target[secondStart + unit] += secondSum * scale;
        }
    }

    private static void add(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart,
            int width, float[] sum) {
        int k = 0;
        for (; k + 3 < rowCount; k += 4) {
            int base0 = rows[listStart + k] * rowLength + blockStart;
            int base1 = rows[listStart + k + 1] * rowLength + blockStart;
            int base2 = rows[listStart + k + 2] * rowLength + blockStart;
            int base3 = rows[listStart + k + 3] * rowLength + blockStart;
            for (int unit = 0; unit < width; unit++) {
                sum[unit] = sum[unit] + weights[base0 + unit] + weights[base1 + unit] + weights[base2 + unit]
                        + weights[base3 + unit];
            }
        }
        for (; k < rowCount; k++) {
            int base = rows[listStart + k] * rowLength + blockStart;
            for (int unit = 0; unit < width; unit++) {
                sum[unit] += weights[base + unit];
            }
        }
    }

    @Override
    public void addDense(float[] weights, byte[] spikes, int spikeStart, int rowCount, int rowLength, int blockStart,
            int width, float[] sum) {
        for (int row = 0; row < rowCount; row++) {
            float spike = spikes[spikeStart + row];
            int base = row * rowLength + blockStart;
            for (int unit = 0; unit < width; unit++) {
                sum[unit] += spike * weights[base + unit];
            }
        }
    }
}
