package org.spiking4j.engine.cpu.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Spikes of one population for the current and the previous step, as 0/1 bytes (rows, size) and
 * as per-row ascending lists of the units that spiked, which the event-driven kernels iterate.
 */
public final class SpikeBuffer {
    private static final VarHandle EIGHT_SPIKES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private final int size;
    private byte[] spikes;
    private byte[] previousSpikes;
    private int[] active;
    private int[] previousActive;
    private int[] activeCount;
    private int[] previousActiveCount;
    private final int capacityRows;
    /** Allocated on first use: only the pre populations of plastic projections need them. */
    private UnitSpikeRows currentByUnit;
    private UnitSpikeRows previousByUnit;
    /** Changes whenever the spikes do (each step and each clear), so a transpose is built once per step. */
    private long version;

    public SpikeBuffer(int size, int capacityRows) {
        this.size = size;
        this.spikes = new byte[capacityRows * size];
        this.previousSpikes = new byte[capacityRows * size];
        this.active = new int[capacityRows * size];
        this.previousActive = new int[capacityRows * size];
        this.activeCount = new int[capacityRows];
        this.previousActiveCount = new int[capacityRows];
        this.capacityRows = capacityRows;
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
        version++;
    }

    public void clear(int rows) {
        java.util.Arrays.fill(spikes, 0, rows * size, (byte) 0);
        java.util.Arrays.fill(previousSpikes, 0, rows * size, (byte) 0);
        java.util.Arrays.fill(activeCount, 0, rows, 0);
        java.util.Arrays.fill(previousActiveCount, 0, rows, 0);
        version++;
    }

    /**
     * This step's spikes listed by unit, built on the first call of the step. Call it before the
     * parallel pass that reads it, not from inside.
     */
    public UnitSpikeRows byUnit(int rows) {
        if (currentByUnit == null) {
            currentByUnit = new UnitSpikeRows(size, capacityRows);
        }
        currentByUnit.rebuild(active, activeCount, rows, version);
        return currentByUnit;
    }

    /** The previous step's spikes listed by unit; as {@link #byUnit}. */
    public UnitSpikeRows previousByUnit(int rows) {
        if (previousByUnit == null) {
            previousByUnit = new UnitSpikeRows(size, capacityRows);
        }
        previousByUnit.rebuild(previousActive, previousActiveCount, rows, version);
        return previousByUnit;
    }

    /**
     * Rebuilds row's active list from its spike bytes, eight bytes per read: most words of a sparse
     * spike row are zero and are skipped whole.
     */
    public void indexRow(int row) {
        int base = row * size;
        int end = base + size;
        int found = base;
        int offset = base;
        for (; offset + Long.BYTES <= end; offset += Long.BYTES) {
            if ((long) EIGHT_SPIKES.get(spikes, offset) != 0L) {
                for (int index = offset; index < offset + Long.BYTES; index++) {
                    if (spikes[index] != 0) {
                        active[found++] = index - base;
                    }
                }
            }
        }
        for (; offset < end; offset++) {
            if (spikes[offset] != 0) {
                active[found++] = offset - base;
            }
        }
        activeCount[row] = found - base;
    }
}
