/*
 * The error-driven Hebbian rule (csdp.md 5), the twin of HebbianErrorKernel. Each work item owns
 * one weight (post, pre), walks the rows in which pre spiked (ascending) and shapes the sum with
 * the soft bound of the weight before the update:
 *   delta = -(sum of pre_weight * (e[row, post] * post_weight)) * (1 - |W|)
 */
kernel void hebbian_accumulate(global const int* pre_rows, global const int* pre_row_count,
        global const float* error, global const float* weights, global float* delta, float pre_weight,
        float post_weight, int pre_size, int post_size, int capacity_rows) {
    int post = get_global_id(0);
    int pre = get_global_id(1);
    if (post >= post_size || pre >= pre_size) {
        return;
    }
    global const int* rows = pre_rows + pre * capacity_rows;
    int count = pre_row_count[pre];
    float sum = 0.0f;
    for (int k = 0; k < count; k++) {
        sum += pre_weight * (error[rows[k] * post_size + post] * post_weight);
    }
    int weight = pre * post_size + post;
    delta[weight] = -sum * (1.0f - fabs(weights[weight]));
}
