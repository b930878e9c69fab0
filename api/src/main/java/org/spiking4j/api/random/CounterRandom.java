package org.spiking4j.api.random;

/**
 * Uniform draws addressed by position, built on {@link Philox4x32}.
 *
 * <p>Key layout: word 0 is the low 32 bits of the seed; word 1 is the high 32 bits of the seed
 * xor'ed with the stream id times the golden-ratio constant, so every (seed, stream) pair has its
 * own key.
 *
 * <p>Counter layout: word 0 is the element index divided by four (each block yields four words,
 * element {@code i} takes word {@code i % 4}); words 1, 2 and 3 are the caller's coordinates, for
 * example (row, step, batch) for input spikes or (row, 0, projection) for weights. Callers document
 * their own coordinates next to the call.
 *
 * <p>Instances are immutable apart from a scratch buffer, so give each thread its own
 * ({@link #copy()}).
 */
public final class CounterRandom {
    private static final int STREAM_KEY_SPREAD = 0x9E3779B9;
    private static final int WORDS_PER_BLOCK = 4;

    private final long seed;
    private final RandomStream stream;
    private final int key0;
    private final int key1;
    private final int[] block = new int[WORDS_PER_BLOCK];

    public CounterRandom(long seed, RandomStream stream) {
        this.seed = seed;
        this.stream = stream;
        this.key0 = (int) seed;
        this.key1 = (int) (seed >>> 32) ^ (stream.id() * STREAM_KEY_SPREAD);
    }

    /** A generator with the same key and its own scratch buffer, for another thread. */
    public CounterRandom copy() {
        return new CounterRandom(seed, stream);
    }

    /**
     * Fills {@code out[offset .. offset+count)} with uniforms in [0, 1) for elements 0..count-1
     * at coordinates (a, b, c).
     */
    public void fillUniform(float[] out, int offset, int count, int a, int b, int c) {
        int element = 0;
        while (element < count) {
            Philox4x32.block(element / WORDS_PER_BLOCK, a, b, c, key0, key1, block);
            int take = Math.min(WORDS_PER_BLOCK, count - element);
            for (int word = 0; word < take; word++) {
                out[offset + element + word] = Philox4x32.toUnitFloat(block[word]);
            }
            element += take;
        }
    }

    /** Elements per Philox block: element i is word i % 4 of block i / 4. */
    public static int elementsPerBlock() {
        return WORDS_PER_BLOCK;
    }

    /**
     * Fills {@code out[offset .. offset+4)} with the uniforms of elements 4·blockIndex .. 4·blockIndex+3
     * at coordinates (a, b, c), exactly what {@link #fillUniform} puts there.
     */
    public void fillUniformBlock(float[] out, int offset, int blockIndex, int a, int b, int c) {
        Philox4x32.block(blockIndex, a, b, c, key0, key1, block);
        for (int word = 0; word < WORDS_PER_BLOCK; word++) {
            out[offset + word] = Philox4x32.toUnitFloat(block[word]);
        }
    }

    /** One uniform in [0, 1) for element {@code index} at coordinates (a, b, c). */
    public float uniform(int index, int a, int b, int c) {
        Philox4x32.block(index / WORDS_PER_BLOCK, a, b, c, key0, key1, block);
        return Philox4x32.toUnitFloat(block[index % WORDS_PER_BLOCK]);
    }

    /** A uniform integer in [0, bound) for element {@code index} at (a, b, c), by rejection-free scaling. */
    public int uniformInt(int index, int bound, int a, int b, int c) {
        Philox4x32.block(index / WORDS_PER_BLOCK, a, b, c, key0, key1, block);
        long word = block[index % WORDS_PER_BLOCK] & 0xFFFFFFFFL;
        return (int) ((word * bound) >>> 32);
    }
}
