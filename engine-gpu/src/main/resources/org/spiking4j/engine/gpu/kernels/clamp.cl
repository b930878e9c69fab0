/* Label/context encoder, the twin of ClampKernel: the spikes are the clamped values (> 0). */
kernel void clamp_spikes(global const float* values, global uchar* spikes, int count) {
    int index = get_global_id(0);
    if (index < count) {
        spikes[index] = values[index] > 0.0f ? 1 : 0;
    }
}
