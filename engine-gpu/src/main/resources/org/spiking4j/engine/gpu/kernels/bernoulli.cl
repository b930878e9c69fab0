/*
 * Bernoulli encoder, the twin of BernoulliKernel: s = 1[u < x] with u from the INPUT_SPIKES
 * stream at Philox counter (unit / 4, row, step, batch coordinate); unit takes word unit % 4.
 * One work item per block of four units of one row.
 */
kernel void bernoulli_spikes(global const float* intensity, global uchar* spikes, int size, int step,
        int coordinate, uint key0, uint key1, int rows) {
    int block = get_global_id(0);
    int row = get_global_id(1);
    int first = block * 4;
    if (first >= size || row >= rows) {
        return;
    }
    uint4 words = philox4x32_10((uint4)((uint) block, (uint) row, (uint) step, (uint) coordinate),
            (uint2)(key0, key1));
    uint word[4] = {words.x, words.y, words.z, words.w};
    int base = row * size;
    for (int w = 0; w < 4 && first + w < size; w++) {
        int index = base + first + w;
        spikes[index] = philox_unit_float(word[w]) < intensity[index] ? 1 : 0;
    }
}
