package org.spiking4j.engine.gpu.device;

/**
 * Global and local work sizes of one launch. The first dimension is rounded up to a whole number
 * of work groups, so kernels check their index against the real size.
 */
public record WorkRange(long[] global, long[] local) {

    static WorkRange of(int groupWidth, int... sizes) {
        long[] global = new long[sizes.length];
        long[] local = new long[sizes.length];
        for (int dimension = 0; dimension < sizes.length; dimension++) {
            global[dimension] = Math.max(1, sizes[dimension]);
            local[dimension] = 1;
        }
        local[0] = groupWidth;
        global[0] = (global[0] + groupWidth - 1) / groupWidth * groupWidth;
        return new WorkRange(global, local);
    }

    int dimensions() {
        return global.length;
    }
}
