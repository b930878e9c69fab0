/*
 * What follows every optimiser step, the twin of CsdpKernel.constrain + WeightConstraints: the
 * rule's decrement (CSDP's decay, when it has one), the bounds, then the hollow mask.
 */
inline float constrain_weight(float w, global const float* decrement, int with_decrement, int weight,
        float lower, float upper, int hollow, int pre, int post) {
    if (with_decrement) {
        w = w - decrement[weight];
    }
    w = java_min(java_max(w, lower), upper);
    if (hollow && pre == post) {
        w = 0.0f;
    }
    return w;
}
