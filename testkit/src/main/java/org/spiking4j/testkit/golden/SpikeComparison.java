package org.spiking4j.testkit.golden;

import java.util.Map;

/** Compares the spikes a session reports with a golden file's, step by step; keeps the first difference. */
final class SpikeComparison {
    private final CircuitGoldenHeader header;
    private Map<String, byte[]> expected;
    private int presentation;
    private String firstDifference;
    private long compared;

    SpikeComparison(CircuitGoldenHeader header) {
        this.header = header;
    }

    void begin(int presentation, Map<String, byte[]> expected) {
        this.presentation = presentation;
        this.expected = expected;
    }


    void fired(int step, String population, int[] units, int count) {
        byte[] all = expected.get(population);
        if (all == null || firstDifference != null) {
            return;
        }
        int size = all.length / (header.presentations() * header.steps());
        int base = (presentation * header.steps() + step) * size;
        int next = 0;
        for (int unit = 0; unit < size; unit++) {
            boolean actual = next < count && units[next] == unit;
            if (actual) {
                next++;
            }
            boolean wanted = all[base + unit] != 0;
            if (actual != wanted) {
                firstDifference = "first spike difference in population " + population + ", presentation "
                        + presentation + ", step " + step + ", unit " + unit + ": " + (actual ? "spiked" : "silent")
                        + ", expected " + (wanted ? "a spike" : "none");
                return;
            }
        }
        compared += size;
    }

    boolean passed() {
        return firstDifference == null;
    }

    String firstDifference() {
        return firstDifference;
    }

    long compared() {
        return compared;
    }
}
