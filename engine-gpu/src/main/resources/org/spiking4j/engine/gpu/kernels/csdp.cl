/*
 * The CSDP rule (csdp.md 5), the twin of CsdpKernel. Each work item owns one weight (post, pre)
 * and walks the rows in which pre spiked, ascending (so the float sum has the CPU's order):
 *   delta = sum over those rows of g[row, post] * scale
 * and, when w_decay != 0, the decay that follows the optimiser:
 *   decrement = w_decay * (post spikes in the column - rows where pre and post both spiked).
 */
kernel void csdp_column_spikes(global const uchar* post_spikes, global float* column_spikes, int post_size,
        int rows) {
    int post = get_global_id(0);
    if (post >= post_size) {
        return;
    }
    float count = 0.0f;
    for (int row = 0; row < rows; row++) {
        count += (float) post_spikes[row * post_size + post];
    }
    column_spikes[post] = count;
}

kernel void csdp_accumulate(global const int* pre_rows, global const int* pre_row_count, global const float* signal,
        global const uchar* post_spikes, global const float* column_spikes, global float* delta,
        global float* decrement, float scale, float w_decay, int with_decay, int pre_size, int post_size,
        int capacity_rows) {
    int post = get_global_id(0);
    int pre = get_global_id(1);
    if (post >= post_size || pre >= pre_size) {
        return;
    }
    global const int* rows = pre_rows + pre * capacity_rows;
    int count = pre_row_count[pre];
    float sum = 0.0f;
    float coincidences = 0.0f;
    for (int k = 0; k < count; k++) {
        int index = rows[k] * post_size + post;
        sum += signal[index] * scale;
        coincidences += (float) post_spikes[index];
    }
    int weight = pre * post_size + post;
    delta[weight] = sum;
    if (with_decay) {
        decrement[weight] = w_decay * (column_spikes[post] - coincidences);
    }
}
