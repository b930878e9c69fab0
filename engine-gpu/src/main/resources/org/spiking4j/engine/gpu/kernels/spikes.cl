/*
 * Event lists, the twins of SpikeBuffer.indexRow: per row, the ascending units that spiked and
 * their count (what the forward gather and the threshold rule read); and, for learning, per unit
 * the ascending rows in which it spiked (what the plasticity accumulation reads). Each list is
 * built by one work item in index order, so the lists, and every sum taken over them, are
 * deterministic without atomics.
 */
kernel void list_units_per_row(global const uchar* spikes, global int* active, global int* active_count,
        int size, int rows) {
    int row = get_global_id(0);
    if (row >= rows) {
        return;
    }
    int base = row * size;
    int found = 0;
    for (int unit = 0; unit < size; unit++) {
        if (spikes[base + unit]) {
            active[base + found++] = unit;
        }
    }
    active_count[row] = found;
}

/* Rows are listed at stride capacity_rows: unit u's rows are spiking_rows[u * capacity_rows ...]. */
kernel void list_rows_per_unit(global const uchar* spikes, global int* spiking_rows, global int* row_count,
        int size, int rows, int capacity_rows) {
    int unit = get_global_id(0);
    if (unit >= size) {
        return;
    }
    int base = unit * capacity_rows;
    int found = 0;
    for (int row = 0; row < rows; row++) {
        if (spikes[row * size + unit]) {
            spiking_rows[base + found++] = row;
        }
    }
    row_count[unit] = found;
}
