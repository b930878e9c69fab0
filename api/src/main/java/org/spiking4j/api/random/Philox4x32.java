package org.spiking4j.api.random;

/**
 * The Philox-4x32-10 counter-based generator of Salmon et al. (Random123): a pure function from a
 * 128-bit counter and a 64-bit key to four 32-bit outputs. Being stateless, it gives the same number
 * for the same position whatever the thread count, backend or resume point.
 */
public final class Philox4x32 {
    private static final long MULTIPLIER_0 = 0xD2511F53L;
    private static final long MULTIPLIER_1 = 0xCD9E8D57L;
    private static final int WEYL_0 = 0x9E3779B9;
    private static final int WEYL_1 = 0xBB67AE85;
    private static final int ROUNDS = 10;
    private static final long LOW_32_BITS = 0xFFFFFFFFL;
    /** 2^-24: a 32-bit output keeps its top 24 bits, which a float in [0, 1) represents exactly. */
    private static final float UNIT_FLOAT_SCALE = 0x1.0p-24f;

    private Philox4x32() {
    }

    /**
     * Computes one block.
     *
     * @param counter four counter words, read and left unchanged
     * @param key0 first key word
     * @param key1 second key word
     * @param out receives the four output words
     */
    public static void block(int[] counter, int key0, int key1, int[] out) {
        block(counter[0], counter[1], counter[2], counter[3], key0, key1, out);
    }

    /** Computes one block from counter words given one by one (no allocation). */
    public static void block(int c0, int c1, int c2, int c3, int key0, int key1, int[] out) {
        int k0 = key0;
        int k1 = key1;
        for (int round = 0; round < ROUNDS; round++) {
            long product0 = MULTIPLIER_0 * (c0 & LOW_32_BITS);
            long product1 = MULTIPLIER_1 * (c2 & LOW_32_BITS);
            int hi0 = (int) (product0 >>> 32);
            int lo0 = (int) product0;
            int hi1 = (int) (product1 >>> 32);
            int lo1 = (int) product1;
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
            k0 += WEYL_0;
            k1 += WEYL_1;
        }
        out[0] = c0;
        out[1] = c1;
        out[2] = c2;
        out[3] = c3;
    }

    /** Maps a 32-bit output to a float in [0, 1) as {@code (x >>> 8) * 2^-24}. */
    public static float toUnitFloat(int word) {
        return (word >>> 8) * UNIT_FLOAT_SCALE;
    }
}
