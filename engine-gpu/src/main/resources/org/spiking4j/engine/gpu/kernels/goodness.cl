/*
 * The CSDP modulator, the twin of GoodnessKernel: per row, logit = sum of tr^2 over units (float32,
 * ascending units, one work item per row so the order is the CPU's) minus the threshold; then
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
    int row = get_global_id(0);
    if (row >= rows) {
        return;
    }
    global const float* z = trace + row * size;
    float sum_of_squares = 0.0f;
    for (int unit = 0; unit < size; unit++) {
        sum_of_squares += z[unit] * z[unit];
    }
    row_scale[row] = (stable_sigmoid(sum_of_squares - threshold) - contrast[row]) * inverse_rows;
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
