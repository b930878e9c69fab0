package org.spiking4j.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.spiking4j.api.Spiking4jException;

/**
 * The machine's streaming memory bandwidth, measured as STREAM's triad {@code a[i] = b[i] + s·c[i]}
 * over three double arrays each several times larger than the last-level cache, so that every
 * access goes to memory. Counted as STREAM counts it: 24 bytes per element (two reads, one write),
 * best of several repetitions, each thread streaming its own contiguous slice.
 */
public final class StreamBandwidth {
    /** Each array is this many times the last-level cache, so no repetition finds it cached. */
    static final int CACHE_MULTIPLE = 4;
    static final long FALLBACK_LAST_LEVEL_CACHE_BYTES = 32L << 20;
    static final int REPETITIONS = 8;
    private static final int BYTES_PER_TRIAD_ELEMENT = 3 * Double.BYTES;
    private static final double TRIAD_SCALAR = 3.0;

    private final int elements;

    public StreamBandwidth(long lastLevelCacheBytes) {
        long perArray = Math.max(lastLevelCacheBytes, 1L << 20) * CACHE_MULTIPLE / Double.BYTES;
        this.elements = (int) Math.min(perArray, Integer.MAX_VALUE - 8);
    }

    /** Sized from this machine's last-level cache (Linux sysfs; 32 MiB when it cannot be read). */
    public static StreamBandwidth forThisMachine() {
        return new StreamBandwidth(lastLevelCacheBytes());
    }

    public int elementsPerArray() {
        return elements;
    }

    /** Bytes per second of the triad with {@code threads} threads, best of {@link #REPETITIONS}. */
    public double measure(int threads) {
        double[] a = new double[elements];
        double[] b = new double[elements];
        double[] c = new double[elements];
        java.util.Arrays.fill(b, 1.0);
        java.util.Arrays.fill(c, 2.0);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stream-triad");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long best = Long.MAX_VALUE;
            for (int repetition = 0; repetition <= REPETITIONS; repetition++) {
                long nanos = timeTriad(pool, threads, a, b, c);
                if (repetition > 0) { // the first pass faults the pages in and warms the JIT
                    best = Math.min(best, nanos);
                }
            }
            return (double) BYTES_PER_TRIAD_ELEMENT * elements / (best / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private long timeTriad(ExecutorService pool, int threads, double[] a, double[] b, double[] c) {
        List<Future<?>> slices = new ArrayList<>(threads);
        long started = System.nanoTime();
        for (int thread = 0; thread < threads; thread++) {
            int from = (int) ((long) elements * thread / threads);
            int to = (int) ((long) elements * (thread + 1) / threads);
            slices.add(pool.submit(() -> triad(a, b, c, from, to)));
        }
        try {
            for (Future<?> slice : slices) {
                slice.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Spiking4jException("The bandwidth measurement was interrupted.");
        } catch (ExecutionException e) {
            throw new Spiking4jException("The bandwidth measurement failed: " + e.getCause());
        }
        return System.nanoTime() - started;
    }

    private static void triad(double[] a, double[] b, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = b[i] + TRIAD_SCALAR * c[i];
        }
    }

    static long lastLevelCacheBytes() {
        long largest = 0;
        for (int index = 0; index < 8; index++) {
            Path size = Path.of("/sys/devices/system/cpu/cpu0/cache/index" + index + "/size");
            if (!Files.isReadable(size)) {
                continue;
            }
            try {
                largest = Math.max(largest, parseCacheSize(Files.readString(size).trim()));
            } catch (java.io.IOException | NumberFormatException e) {
                // an unreadable entry only means this level is not counted
            }
        }
        return largest > 0 ? largest : FALLBACK_LAST_LEVEL_CACHE_BYTES;
    }

    /** sysfs writes cache sizes as "32768K" or "32M". */
    static long parseCacheSize(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        char unit = upper.charAt(upper.length() - 1);
        long multiplier = switch (unit) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1L;
        };
        String digits = Character.isDigit(unit) ? upper : upper.substring(0, upper.length() - 1);
        return Long.parseLong(digits) * multiplier;
    }
}
