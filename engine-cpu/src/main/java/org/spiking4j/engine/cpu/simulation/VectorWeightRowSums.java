package org.spiking4j.engine.cpu.simulation;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API form of {@link ScalarWeightRowSums}: the same additions in the same order per
 * element, several elements per instruction (about 2.6 times faster on AVX-512 for the input layer).
 */
final class VectorWeightRowSums implements WeightRowSums {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Sum vectors held in registers per strip: 8 of AVX-512's 32 (or AVX2's 16) vector registers. */
    private static final int STRIP_VECTORS = 8;

    /**
     * Column-outer: a strip of {@link #STRIP_VECTORS} sum vectors starts from zero in registers, every
     * listed row adds its piece of the strip in list order, and the strip is then scaled and added to
     * the target straight from the registers: no scratch row is cleared, stored or read back.
     */
    @Override
    public void addScaled(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart,
            int width, float scale, float[] target, int targetStart, float[] scratch) {
        int lanes = SPECIES.length();
        int vectorWidth = SPECIES.loopBound(width);
        int stripWidth = STRIP_VECTORS * lanes;
        int listEnd = listStart + rowCount;
        FloatVector zero = FloatVector.zero(SPECIES);
        int unit = 0;
        for (; unit + stripWidth <= vectorWidth; unit += stripWidth) {
            FloatVector a0 = zero;
            FloatVector a1 = zero;
            FloatVector a2 = zero;
            FloatVector a3 = zero;
            FloatVector a4 = zero;
            FloatVector a5 = zero;
            FloatVector a6 = zero;
            FloatVector a7 = zero;
            for (int k = listStart; k < listEnd; k++) {
                int base = rows[k] * rowLength + blockStart + unit;
                a0 = a0.add(FloatVector.fromArray(SPECIES, weights, base));
                a1 = a1.add(FloatVector.fromArray(SPECIES, weights, base + lanes));
                a2 = a2.add(FloatVector.fromArray(SPECIES, weights, base + 2 * lanes));
                a3 = a3.add(FloatVector.fromArray(SPECIES, weights, base + 3 * lanes));
                a4 = a4.add(FloatVector.fromArray(SPECIES, weights, base + 4 * lanes));
                a5 = a5.add(FloatVector.fromArray(SPECIES, weights, base + 5 * lanes));
                a6 = a6.add(FloatVector.fromArray(SPECIES, weights, base + 6 * lanes));
                a7 = a7.add(FloatVector.fromArray(SPECIES, weights, base + 7 * lanes));
            }
            int out = targetStart + unit;
            addScaledVector(a0, scale, target, out);
            addScaledVector(a1, scale, target, out + lanes);
            addScaledVector(a2, scale, target, out + 2 * lanes);
            addScaledVector(a3, scale, target, out + 3 * lanes);
            addScaledVector(a4, scale, target, out + 4 * lanes);
            addScaledVector(a5, scale, target, out + 5 * lanes);
            addScaledVector(a6, scale, target, out + 6 * lanes);
            addScaledVector(a7, scale, target, out + 7 * lanes);
        }
        for (; unit < vectorWidth; unit += lanes) {
            FloatVector accumulator = zero;
            for (int k = listStart; k < listEnd; k++) {
                accumulator = accumulator.add(FloatVector.fromArray(SPECIES, weights,
                        rows[k] * rowLength + blockStart + unit));
            }
            addScaledVector(accumulator, scale, target, targetStart + unit);
        }
        for (; unit < width; unit++) {
            float accumulator = 0f;
            for (int k = listStart; k < listEnd; k++) {
                accumulator += weights[rows[k] * rowLength + blockStart + unit];
            }
            target[targetStart + unit] += accumulator * scale;
        }
    }

    /** Strip of the paired sum: {@link #PAIR_STRIP_VECTORS} vectors for each of the two rows. */
    private static final int PAIR_STRIP_VECTORS = 4;

    /**
     * As {@link #addScaled}, for two rows: each weight vector is loaded once and added into both rows'
     * sums times their 0/1 membership. The fused multiply-add rounds once, so w·m + a equals a + w
     * for m = 1 and a for m = 0 exactly as the separate multiply and add would.
     */
    @Override
    public void addScaledPair(float[] weights, int[] units, float[] first, float[] second, int listStart, int count,
            int rowLength, int blockStart, int width, float scale, float[] target, int firstStart, int secondStart) {
        int lanes = SPECIES.length();
        int vectorWidth = SPECIES.loopBound(width);
        int stripWidth = PAIR_STRIP_VECTORS * lanes;
        int listEnd = listStart + count;
        FloatVector zero = FloatVector.zero(SPECIES);
        int unit = 0;
        for (; unit + stripWidth <= vectorWidth; unit += stripWidth) {
            FloatVector a0 = zero;
            FloatVector a1 = zero;
            FloatVector a2 = zero;
            FloatVector a3 = zero;
            FloatVector b0 = zero;
            FloatVector b1 = zero;
            FloatVector b2 = zero;
            FloatVector b3 = zero;
            for (int k = listStart; k < listEnd; k++) {
                int base = units[k] * rowLength + blockStart + unit;
                FloatVector inFirst = FloatVector.broadcast(SPECIES, first[k]);
                FloatVector inSecond = FloatVector.broadcast(SPECIES, second[k]);
                FloatVector w0 = FloatVector.fromArray(SPECIES, weights, base);
                FloatVector w1 = FloatVector.fromArray(SPECIES, weights, base + lanes);
                FloatVector w2 = FloatVector.fromArray(SPECIES, weights, base + 2 * lanes);
                FloatVector w3 = FloatVector.fromArray(SPECIES, weights, base + 3 * lanes);
                a0 = w0.fma(inFirst, a0);
                a1 = w1.fma(inFirst, a1);
                a2 = w2.fma(inFirst, a2);
                a3 = w3.fma(inFirst, a3);
                b0 = w0.fma(inSecond, b0);
                b1 = w1.fma(inSecond, b1);
                b2 = w2.fma(inSecond, b2);
                b3 = w3.fma(inSecond, b3);
            }
            int outFirst = firstStart + unit;
            int outSecond = secondStart + unit;
            addScaledVector(a0, scale, target, outFirst);
            addScaledVector(a1, scale, target, outFirst + lanes);
            addScaledVector(a2, scale, target, outFirst + 2 * lanes);
            addScaledVector(a3, scale, target, outFirst + 3 * lanes);
            addScaledVector(b0, scale, target, outSecond);
            addScaledVector(b1, scale, target, outSecond + lanes);
            addScaledVector(b2, scale, target, outSecond + 2 * lanes);
            addScaledVector(b3, scale, target, outSecond + 3 * lanes);
        }
        for (; unit < vectorWidth; unit += lanes) {
            FloatVector firstSum = zero;
            FloatVector secondSum = zero;
            for (int k = listStart; k < listEnd; k++) {
                FloatVector weight = FloatVector.fromArray(SPECIES, weights, units[k] * rowLength + blockStart + unit);
                firstSum = weight.fma(FloatVector.broadcast(SPECIES, first[k]), firstSum);
                secondSum = weight.fma(FloatVector.broadcast(SPECIES, second[k]), secondSum);
            }
            addScaledVector(firstSum, scale, target, firstStart + unit);
            addScaledVector(secondSum, scale, target, secondStart + unit);
        }
        ScalarWeightRowSums.addPairColumns(weights, units, first, second, listStart, count, rowLength, blockStart, unit,
                width, scale, target, firstStart, secondStart);
    }

    private static void addScaledVector(FloatVector sum, float scale, float[] target, int offset) {
        FloatVector.fromArray(SPECIES, target, offset).add(sum.mul(scale)).intoArray(target, offset);
    }

    /** C2 does not vectorise this loop by itself: its two arrays are indexed with different offsets. */
    @Override
    public void scaleInto(float[] sum, int width, float scale, float[] target, int targetStart) {
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(width); unit < vectorEnd; unit += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, target, targetStart + unit)
                    .add(FloatVector.fromArray(SPECIES, sum, unit).mul(scale))
                    .intoArray(target, targetStart + unit);
        }
        for (; unit < width; unit++) {
            target[targetStart + unit] += sum[unit] * scale;
        }
    }

    @Override
    public void addDense(float[] weights, byte[] spikes, int spikeStart, int rowCount, int rowLength, int blockStart,
            int width, float[] sum) {
        int vectorWidth = SPECIES.loopBound(width);
        int lanes = SPECIES.length();
        for (int row = 0; row < rowCount; row++) {
            float spike = spikes[spikeStart + row];
            int base = row * rowLength + blockStart;
            for (int unit = 0; unit < vectorWidth; unit += lanes) {
                FloatVector.fromArray(SPECIES, sum, unit)
                        .add(FloatVector.fromArray(SPECIES, weights, base + unit).mul(spike))
                        .intoArray(sum, unit);
            }
            for (int unit = vectorWidth; unit < width; unit++) {
                sum[unit] += spike * weights[base + unit];
            }
        }
    }
}
