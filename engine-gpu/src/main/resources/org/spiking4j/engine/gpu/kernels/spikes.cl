/*
 * Event lists, the twins of SpikeBuffer.indexRow: per row, the ascending units that spiked and
 * their count (what the forward gather and the threshold rule read); and, for learning, per unit
 * the ascending rows in which it spiked (what the plasticity accumulation reads). Each list is
 * built by one work item in index order, so the lists, and every sum taken over them, are
 * deterministic without atomics.
 */
kernel void list_units_per_row(global const uchar* spikes, global int* active, global int* active_count,
        int size, int rows) {
    /* One work group per row walks it in chunks of the group's width: each lane flags its unit, an
       inclusive scan in local memory gives each spiking unit its place, so the list is ascending
       and every global read is coalesced. */
    local int scan[SPIKING4J_GROUP_WIDTH];
    int lane = get_local_id(0);
    int width = get_local_size(0);
    int row = get_global_id(1);
    if (row >= rows) {
        return;
    }
    int base = row * size;
    int found = 0;
    for (int chunk = 0; chunk < size; chunk += width) {
        int unit = chunk + lane;
        int flag = unit < size && spikes[base + unit] ? 1 : 0;
        scan[lane] = flag;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int offset = 1; offset < width; offset <<= 1) {
            int add = lane >= offset ? scan[lane - offset] : 0;
            barrier(CLK_LOCAL_MEM_FENCE);
            scan[lane] += add;
            barrier(CLK_LOCAL_MEM_FENCE);
        }
        if (flag) {
            active[base + found + scan[lane] - 1] = unit;
        }
        found += scan[width - 1];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lane == 0) {
        active_count[row] = found;
    }
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
