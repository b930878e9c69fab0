/*
 * The CSDP modulator, the twin of GoodnessKernel: per row, logit = sum of tr^2 over units (float32,
 * in ascending unit order, as the CPU adds them) minus the threshold; then
 * g = (2*tr) * ((sigma(logit) - lab) * (1/N)) per (unit, row).
 */
inline float stable_sigmoid(float x) {
    if (x >= 0.0f) {
        return 1.0f / (1.0f + java_exp(-x));
    }
    float e = java_exp(x);
    return e / (1.0f + e);
}

kernel void goodness_row_scale(global const float* trace, global const float* contrast, global float* row_scale,
        float threshold, float inverse_rows, int size, int rows) {
    /* One work group per row stages the trace in chunks (coalesced reads); lane 0 adds the squares
       in ascending unit order, the CPU's order, so the sum is bit-identical. */
    local float staged[SPIKING4J_GROUP_WIDTH];
    int lane = get_local_id(0);
    int width = get_local_size(0);
    int row = get_global_id(1);
    if (row >= rows) {
        return;
    }
    global const float* z = trace + row * size;
    float sum_of_squares = 0.0f;
    for (int chunk = 0; chunk < size; chunk += width) {
        int unit = chunk + lane;
        staged[lane] = unit < size ? z[unit] : 0.0f;
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lane == 0) {
            int end = min(width, size - chunk);
            for (int k = 0; k < end; k++) {
                sum_of_squares += staged[k] * staged[k];
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lane == 0) {
        row_scale[row] = (stable_sigmoid(sum_of_squares - threshold) - contrast[row]) * inverse_rows;
    }
}

kernel void goodness_values(global const float* trace, global const float* row_scale, global float* values,
        int size, int rows) {
    int unit = get_global_id(0);
    int row = get_global_id(1);
    if (unit >= size || row >= rows) {
        return;
    }
    int index = row * size + unit;
    values[index] = (2.0f * trace[index]) * row_scale[row];
}
