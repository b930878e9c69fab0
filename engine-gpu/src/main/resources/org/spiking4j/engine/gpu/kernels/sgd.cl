/* Plain descent W = W - eta * delta, the twin of SgdKernel, fused with decrement, bounds and hollow mask. */
kernel void sgd_step(global float* weights, global const float* delta, global const float* decrement,
        int with_decrement, float eta, float lower, float upper, int hollow, int pre_size, int post_size) {
    int post = get_global_id(0);
    int pre = get_global_id(1);
    if (post >= post_size || pre >= pre_size) {
        return;
    }
    int weight = pre * post_size + post;
    float w = weights[weight] - eta * delta[weight];
    weights[weight] = constrain_weight(w, decrement, with_decrement, weight, lower, upper, hollow, pre, post);
}
