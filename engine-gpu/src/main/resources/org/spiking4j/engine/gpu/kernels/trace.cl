/* Gated trace (csdp.md 3a), the twin of CpuSimulation.updateTrace: tr = tr*decay; tr = tr*(1-s); tr = tr+s. */
kernel void trace_update(global float* trace, global const uchar* spikes, float decay, int count) {
    int index = get_global_id(0);
    if (index >= count) {
        return;
    }
    float spike = (float) spikes[index];
    float value = trace[index] * decay;
    value = value * (1.0f - spike);
    value = value + spike;
    trace[index] = value;
}
