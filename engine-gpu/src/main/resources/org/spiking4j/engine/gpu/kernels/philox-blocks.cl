/* Known-answer check of the device's Philox: one block per work item, (c0..c3, k0, k1) in, 4 words out. */
kernel void philox_blocks(global const uint* inputs, global uint* outputs, int blocks) {
    int block = get_global_id(0);
    if (block >= blocks) {
        return;
    }
    global const uint* in = inputs + 6 * block;
    uint4 words = philox4x32_10((uint4)(in[0], in[1], in[2], in[3]), (uint2)(in[4], in[5]));
    vstore4(words, block, outputs);
}
