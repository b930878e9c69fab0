package org.spiking4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StreamBandwidthTest {
    /** Anything below this is not a memory system (a 1990s PC streamed about 100 MB/s). */
    private static final double IMPLAUSIBLY_SLOW_BYTES_PER_SECOND = 50e6;
    /** Above any single socket's DRAM bandwidth today. */
    private static final double IMPLAUSIBLY_FAST_BYTES_PER_SECOND = 2e12;

    @Test
    void readsSysfsCacheSizes() {
        assertEquals(32L << 20, StreamBandwidth.parseCacheSize("32768K"));
        assertEquals(2L << 20, StreamBandwidth.parseCacheSize("2M"));
        assertEquals(512, StreamBandwidth.parseCacheSize("512"));
    }

    @Test
    void arraysAreSeveralTimesTheCache() {
        StreamBandwidth bandwidth = new StreamBandwidth(8L << 20);
        assertEquals((8L << 20) * StreamBandwidth.CACHE_MULTIPLE / Double.BYTES, bandwidth.elementsPerArray());
    }

    @Test
    void measuresAPlausibleBandwidthOnOneAndTwoThreads() {
        StreamBandwidth bandwidth = new StreamBandwidth(2L << 20);
        for (int threads = 1; threads <= 2; threads++) {
            double bytesPerSecond = bandwidth.measure(threads);
            assertTrue(bytesPerSecond > IMPLAUSIBLY_SLOW_BYTES_PER_SECOND
                    && bytesPerSecond < IMPLAUSIBLY_FAST_BYTES_PER_SECOND, threads + " threads: " + bytesPerSecond);
        }
    }
}
