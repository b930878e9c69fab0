package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.random.RandomStream;

/**
 * The Philox key of a (seed, stream) pair, laid out exactly as {@link org.spiking4j.api.random.CounterRandom}
 * does: word 0 the seed's low 32 bits, word 1 its high 32 bits xor stream id × 0x9E3779B9.
 */
public record PhiloxKey(int word0, int word1) {
    private static final int STREAM_KEY_SPREAD = 0x9E3779B9;

    public static PhiloxKey of(long seed, RandomStream stream) {
        return new PhiloxKey((int) seed, (int) (seed >>> 32) ^ (stream.id() * STREAM_KEY_SPREAD));
    }
}
