package org.spiking4j.engine.cpu.simulation;

/**
 * Adds columns [blockStart, blockStart + width) of chosen weight rows into a running sum, rows in
 * list order, each element receiving its rows one at a time (so every implementation rounds
 * identically). The vector implementation needs the {@code jdk.incubator.vector} module, which the
 * launcher adds; without it the scalar one runs, slower and bit-identical.
 */
interface WeightRowSums {

    void add(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart, int width,
            float[] sum);

    /**
     * Dense form: adds every weight row r of [0, rowCount) times its 0/1 spike, rows in order. The
     * product is exactly 0 or the weight, so the sums equal those of {@link #add} over the spiking rows.
     */
    void addDense(float[] weights, byte[] spikes, int spikeStart, int rowCount, int rowLength, int blockStart,
            int width, float[] sum);

    /** {@code target[targetStart + i] += sum[i] · scale} for i in [0, width). */
    default void scaleInto(float[] sum, int width, float scale, float[] target, int targetStart) {
        for (int unit = 0; unit < width; unit++) {
            target[targetStart + unit] += sum[unit] * scale;
        }
    }

    /**
     * {@code target[targetStart + i] += (Σ_k weights[rows[k]·rowLength + blockStart + i]) · scale}: the
     * sum of {@link #add} from zero, then scaled and added, as one operation. This form goes through
     * {@code scratch}; an implementation may keep the sum in registers instead.
     */
    default void addScaled(float[] weights, int[] rows, int listStart, int rowCount, int rowLength, int blockStart,
            int width, float scale, float[] target, int targetStart, float[] scratch) {
        java.util.Arrays.fill(scratch, 0, width, 0f);
        add(weights, rows, listStart, rowCount, rowLength, blockStart, width, scratch);
        scaleInto(scratch, width, scale, target, targetStart);
    }

    /** The vector implementation when the JVM has the Vector API module, else the scalar one. */
    static WeightRowSums best() {
        boolean vectorApi = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return vectorApi ? new VectorWeightRowSums() : new ScalarWeightRowSums();
    }
}
