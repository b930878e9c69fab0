package org.spiking4j.engine.cpu.spi;

/**
 * The transpose of a {@link SpikeBuffer}'s per-row lists for one step: for each unit, the ascending
 * batch rows in which it spiked. A learning pass over weight rows reads it, so that the update of
 * one weight row is summed in a small scratch row, rows in ascending order (the order of the
 * row-major accumulation it replaces, so every element rounds the same).
 */
public final class UnitSpikeRows {
    private final int size;
    private final int[] starts;
    private final int[] rows;
    private long builtFor = -1;

    UnitSpikeRows(int size, int capacityRows) {
        this.size = size;
        this.starts = new int[size + 1];
        this.rows = new int[capacityRows * size];
    }

    /** Unit u's rows are {@code rows()[start(u) .. start(u + 1))}. */
    public int start(int unit) {
        return starts[unit];
    }

    public int[] rows() {
        return rows;
    }

    /** Counting sort of the per-row active lists by unit; rows are visited in ascending order. */
    void rebuild(int[] active, int[] activeCount, int batchRows, long version) {
        if (builtFor == version) {
            return;
        }
        java.util.Arrays.fill(starts, 0);
        for (int row = 0; row < batchRows; row++) {
            int base = row * size;
            for (int k = 0; k < activeCount[row]; k++) {
                starts[active[base + k] + 1]++;
            }
        }
        for (int unit = 0; unit < size; unit++) {
            starts[unit + 1] += starts[unit];
        }
        for (int row = 0; row < batchRows; row++) {
            int base = row * size;
            for (int k = 0; k < activeCount[row]; k++) {
                int unit = active[base + k];
                rows[starts[unit]++] = row;
            }
        }
        // The fill advanced each start to the next unit's; shift back by one unit.
        System.arraycopy(starts, 0, starts, 1, size);
        starts[0] = 0;
        builtFor = version;
    }
}
