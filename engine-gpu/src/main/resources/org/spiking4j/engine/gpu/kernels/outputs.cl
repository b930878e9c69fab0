/* What a batch leaves behind, the twins of CpuSimulation.accumulateOutputs. */
kernel void add_spikes(global float* sums, global const uchar* spikes, int count) {
    int index = get_global_id(0);
    if (index < count) {
        sums[index] += (float) spikes[index];
    }
}

kernel void add_trace(global float* sums, global const float* trace, int count) {
    int index = get_global_id(0);
    if (index < count) {
        sums[index] += trace[index];
    }
}

kernel void add_row_totals(global int* totals, global const int* active_count, int rows) {
    int row = get_global_id(0);
    if (row < rows) {
        totals[row] += active_count[row];
    }
}
