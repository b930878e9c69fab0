package org.spiking4j.engine.cpu.simulation;

/**
 * Sums columns [blockStart, blockStart + width) of chosen weight rows, rows in list order from
 * zero, each element receiving its rows one at a time (so every implementation rounds identically),
 * then adds the sum times a scale into a current. The vector implementation needs the
 * {@code jdk.incubator.vector} module, which the launcher adds; without it the scalar one runs,
 * slower and bit-identical.
 */
interface WeightRowSums {

    /**
     * {@code target[targetStart + i] += (Σ_k weights[rows[k]·rowLength + blockStart + i]) · scale}, the
     * sum taken from zero in list order. {@code scratch} (at least {@code width} floats) is free for the
     * implementation to use.
     */
    void addScaled(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart,
            int width, float scale, float[] target, int targetStart, float[] scratch);

    /**
     * Two rows' sums from one merged list, each weight row read once for both: {@code units[k]} for k
     * in [listStart, listStart + count) ascending, {@code first[k]} and {@code second[k]} 1 when the unit
     * is in that row's list and 0 otherwise. {@code target[firstStart + i] += (Σ_k first[k]·w[units[k]][i])·scale},
     * and likewise for the second row. A weight times 0 or 1 is exact, and adding ±0 leaves a sum that
     * started from +0 unchanged (such a sum is never −0), so each result is bit for bit what
     * {@link #addScaled} gives on that row's own list.
     */
    void addScaledPair(float[] weights, int[] units, float[] first, float[] second, int listStart, int count,
            int rowLength, int blockStart, int width, float scale, float[] target, int firstStart, int secondStart);

    /**
     * Dense form: adds every weight row r of [0, rowCount) times its 0/1 spike into {@code sum}, rows in
     * order. The product is exactly 0 or the weight, so from a zero sum it equals the sum of the
     * spiking rows that {@link #addScaled} takes.
     */
    void addDense(float[] weights, byte[] spikes, int spikeStart, int rowCount, int rowLength, int blockStart,
            int width, float[] sum);

    /** {@code target[targetStart + i] += sum[i] · scale} for i in [0, width). */
    default void scaleInto(float[] sum, int width, float scale, float[] target, int targetStart) {
        for (int unit = 0; unit < width; unit++) {
            target[targetStart + unit] += sum[unit] * scale;
        }
    }

    /** The vector implementation when the JVM has the Vector API module, else the scalar one. */
    static WeightRowSums best() {
        boolean vectorApi = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return vectorApi ? new VectorWeightRowSums() : new ScalarWeightRowSums();
    }
}
