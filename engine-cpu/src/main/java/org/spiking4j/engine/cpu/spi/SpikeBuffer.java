package org.spiking4j.engine.cpu.spi;

/**
 * Spikes of one population for the current and the previous step, as 0/1 bytes (rows, size) and
 * as per-row ascending lists of the units that spiked, which the event-driven kernels iterate.
 */
public final class SpikeBuffer {
    private final int size;
    private byte[] spikes;
    private byte[] previousSpikes;
    private int[] active;
    private int[] previousActive;
    private int[] activeCount;
    private int[] previousActiveCount;

    public SpikeBuffer(int size, int capacityRows) {
        this.size = size;
        this.spikes = new byte[capacityRows * size];
        this.previousSpikes = new byte[capacityRows * size];
        this.active = new int[capacityRows * size];
        this.previousActive = new int[capacityRows * size];
        this.activeCount = new int[capacityRows];
        this.previousActiveCount = new int[capacityRows];
    }

    public int size() {
        return size;
    }

    public byte[] spikes() {
        return spikes;
    }

    public byte[] previousSpikes() {
        return previousSpikes;
    }

    /** Units that spiked this step: row r's list is active()[r*size .. r*size + activeCount()[r]). */
    public int[] active() {
        return active;
    }

    public int[] activeCount() {
        return activeCount;
    }

    public int[] previousActive() {
        return previousActive;
    }

    public int[] previousActiveCount() {
        return previousActiveCount;
    }

    /** The current step becomes the previous one; the new current is overwritten by the step. */
    public void advance() {
        byte[] spikeSwap = previousSpikes;
        previousSpikes = spikes;
        spikes = spikeSwap;
        int[] activeSwap = previousActive;
        previousActive = active;
        active = activeSwap;
        int[] countSwap = previousActiveCount;
        previousActiveCount = activeCount;
        activeCount = countSwap;
    }

    public void clear(int rows) {
        java.util.Arrays.fill(spikes, 0, rows * size, (byte) 0);
        java.util.Arrays.fill(previousSpikes, 0, rows * size, (byte) 0);
        java.util.Arrays.fill(activeCount, 0, rows, 0);
        java.util.Arrays.fill(previousActiveCount, 0, rows, 0);
    }

    /** Rebuilds row's active list from its spike bytes. */
    public void indexRow(int row) {
        int base = row * size;
        int found = 0;
        for (int unit = 0; unit < size; unit++) {
            if (spikes[base + unit] != 0) {
                active[base + found++] = unit;
            }
        }
        activeCount[row] = found;
    }
}
