/*
 * Masked error cell, the twin of ErrorKernel: e = (target spike - estimate) * mask[row], the
 * estimate being the population's trace (use_trace) or its spikes, mask = 2*lab/sum(lab) per row
 * (computed on the host, once per batch).
 */
kernel void error_values(global const uchar* target, global const float* trace, global const uchar* spikes,
        global const float* row_mask, global float* values, int use_trace, int size, int rows) {
    int unit = get_global_id(0);
    int row = get_global_id(1);
    if (unit >= size || row >= rows) {
        return;
    }
    int index = row * size + unit;
    float estimate = use_trace ? trace[index] : (float) spikes[index];
    values[index] = ((float) target[index] - estimate) * row_mask[row];
}
