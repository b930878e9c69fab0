package org.spiking4j.engine.gpu.spi;

import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;

/**
 * Spikes of one population on the device, for the current and the previous step: 0/1 bytes (rows,
 * size); per row the ascending units that spiked and their count (for the forward gather); and,
 * for populations that are the pre side of a plastic projection, per unit the ascending rows in
 * which it spiked (for the plasticity accumulation). {@link #advance()} swaps current and previous.
 */
public final class DeviceSpikes {
    private final int size;
    private final int capacityRows;
    private final Lists[] lists = new Lists[2];
    private int current;

    /** One step's lists. */
    public record Lists(DeviceBuffer spikes, DeviceBuffer active, DeviceBuffer activeCount, DeviceBuffer spikingRows,
            DeviceBuffer spikingRowCount) {
    }

    public DeviceSpikes(OpenClDevice device, String population, int size, int capacityRows, boolean listRowsPerUnit) {
        this.size = size;
        this.capacityRows = capacityRows;
        long cells = (long) size * capacityRows;
        for (int slot = 0; slot < 2; slot++) {
            String label = population + (slot == 0 ? " spikes A" : " spikes B");
            lists[slot] = new Lists(device.allocate(label, cells),
                    device.allocate(label + " active units", cells * Integer.BYTES),
                    device.allocate(label + " active counts", (long) capacityRows * Integer.BYTES),
                    listRowsPerUnit ? device.allocate(label + " spiking rows", cells * Integer.BYTES) : null,
                    listRowsPerUnit ? device.allocate(label + " spiking row counts", (long) size * Integer.BYTES)
                            : null);
        }
    }

    public int size() {
        return size;
    }

    public int capacityRows() {
        return capacityRows;
    }

    /** Whether per-unit row lists are kept (the population feeds a plastic projection). */
    public boolean listsRowsPerUnit() {
        return lists[0].spikingRows() != null;
    }

    /** This step's spikes and lists. */
    public Lists now() {
        return lists[current];
    }

    /** The previous step's spikes and lists. */
    public Lists previous() {
        return lists[1 - current];
    }

    /** The current step becomes the previous one; the new current is overwritten by the step. */
    public void advance() {
        current = 1 - current;
    }

    /** Enqueues clearing both steps' spikes and counts for the first {@code rows} rows. */
    public void clear(int rows) {
        for (Lists slot : lists) {
            slot.spikes().clear((long) rows * size);
            slot.activeCount().clear((long) rows * Integer.BYTES);
            if (slot.spikingRowCount() != null) {
                slot.spikingRowCount().clear((long) size * Integer.BYTES);
            }
        }
    }
}
