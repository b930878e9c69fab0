/*
 * Adam as ngclearn computes it (csdp.md 3a), the twin of AdamKernel, fused with the rule's
 * decrement, bounds and hollow mask: one pass over the weights per step. The bias corrections
 * bc1 = 1 - beta1^k and bc2 = 1 - beta2^k are computed on the host exactly as the CPU does.
 */
kernel void adam_step(global float* weights, global const float* delta, global float* first, global float* second,
        global const float* decrement, int with_decrement, float eta, float beta1, float beta2,
        float one_minus_beta1, float one_minus_beta2, float epsilon, float bc1, float bc2, float lower,
        float upper, int hollow, int pre_size, int post_size) {
    int post = get_global_id(0);
    int pre = get_global_id(1);
    if (post >= post_size || pre >= pre_size) {
        return;
    }
    int weight = pre * post_size + post;
    float d = delta[weight];
    float m = first[weight] * beta1 + d * one_minus_beta1;
    float v = second[weight] * beta2 + (d * d) * one_minus_beta2;
    first[weight] = m;
    second[weight] = v;
    float w = weights[weight] - (eta * (m / bc1)) / (sqrt(v / bc2) + epsilon);
    weights[weight] = constrain_weight(w, decrement, with_decrement, weight, lower, upper, hollow, pre, post);
}
