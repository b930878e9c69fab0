/*
 * The sLIF cell of csdp.md 4.3, the twin of SlifKernel, in the float32 order of 3a:
 * dv = j - v; dv = dv * (1/tauM); dv = dv * dt; v = v + dv; s = v > thr; v = v * (1 - s).
 * The threshold update needs the row's spike count, so it runs after the engine has listed the
 * spikes (slif_adapt). Work items are (unit, row).
 */
kernel void slif_reset(global float* voltage, global float* threshold, global const float* initial_threshold,
        int size, int rows) {
    int unit = get_global_id(0);
    int row = get_global_id(1);
    if (unit >= size || row >= rows) {
        return;
    }
    voltage[row * size + unit] = 0.0f;
    threshold[row * size + unit] = initial_threshold[unit];
}

kernel void slif_integrate(global const float* current, global float* voltage, global const float* threshold,
        global uchar* spikes, float inverse_tau, float dt, float resistance, int scale_current, int size, int rows) {
    int unit = get_global_id(0);
    int row = get_global_id(1);
    if (unit >= size || row >= rows) {
        return;
    }
    int index = row * size + unit;
    float drive = scale_current ? current[index] * resistance : current[index];
    float v = voltage[index];
    float dv = drive - v;
    dv = dv * inverse_tau;
    dv = dv * dt;
    v = v + dv;
    int fires = v > threshold[index];
    spikes[index] = fires ? 1 : 0;
    voltage[index] = fires ? 0.0f : v;
}

/* thr = max(thr + (count - 1) * rhoB, floor), the count being the row's spikes this step. */
kernel void slif_adapt(global float* threshold, global const int* spike_count, float rho_b, float floor_value,
        int size, int rows) {
    int unit = get_global_id(0);
    int row = get_global_id(1);
    if (unit >= size || row >= rows) {
        return;
    }
    float shift = (float) (spike_count[row] - 1) * rho_b;
    int index = row * size + unit;
    threshold[index] = java_max(threshold[index] + shift, floor_value);
}
