/*
 * Synaptic current of one projection, the twin of ForwardCurrents: each work item (post unit, row)
 * gathers the weights of the row's active pre units in ascending pre order, then adds
 * sum * (sign*scale) to the current (csdp.md 3a: scale after the sum). No atomics: every output is
 * written by exactly one work item. The dense form multiplies every weight by its 0/1 spike and adds
 * in the same order, so both forms give identical sums (adding +-0 changes nothing); mode picks
 * per row: 0 = automatic (dense above dense_above active pre units), 1 = events, 2 = dense.
 */
kernel void forward_add(global float* current, global const float* weights, global const uchar* pre_spikes,
        global const int* pre_active, global const int* pre_active_count, float scale, int pre_size,
        int post_size, int rows, int mode, int dense_above) {
    int post = get_global_id(0);
    int row = get_global_id(1);
    if (post >= post_size || row >= rows) {
        return;
    }
    int active = pre_active_count[row];
    int dense = mode == 2 || (mode == 0 && active > dense_above);
    float sum = 0.0f;
    if (dense) {
        global const uchar* spikes = pre_spikes + row * pre_size;
        for (int pre = 0; pre < pre_size; pre++) {
            sum += (float) spikes[pre] * weights[pre * post_size + post];
        }
    } else {
        global const int* list = pre_active + row * pre_size;
        for (int k = 0; k < active; k++) {
            sum += weights[list[k] * post_size + post];
        }
    }
    current[row * post_size + post] += sum * scale;
}
