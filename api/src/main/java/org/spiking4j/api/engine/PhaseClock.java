package org.spiking4j.api.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time per named phase; two clock reads per phase and step, cheap enough to keep on. */
public final class PhaseClock {
    private static final double NANOS_PER_SECOND = 1e9;
    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    public void add(String phase, long startedNanos) {
        long elapsed = System.nanoTime() - startedNanos;
        nanos.computeIfAbsent(phase, name -> new long[1])[0] += elapsed;
    }

    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((phase, total) -> seconds.put(phase, total[0] / NANOS_PER_SECOND));
        return seconds;
    }
}
