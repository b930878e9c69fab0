package org.spiking4j.testkit.parity;

import java.util.HashMap;
import java.util.Map;
import org.spiking4j.api.backend.StepObserver;

/**
 * Records the reference backend's spikes of one batch, then compares the candidate's against them
 * as they arrive: counts every differing spike and remembers the first.
 */
final class SpikeComparison {
    private final Map<String, byte[]> reference = new HashMap<>();
    private final String batchName;
    private long compared;
    private long differing;
    private long referenceSpikes;
    private String firstDifference;

    SpikeComparison(String batchName) {
        this.batchName = batchName;
    }

    StepObserver recorder() {
        return (step, population, spikes, rows, size) ->
                reference.put(key(step, population), java.util.Arrays.copyOf(spikes, rows * size));
    }

    StepObserver comparer() {
        return (step, population, spikes, rows, size) -> {
            byte[] expected = reference.get(key(step, population));
            if (expected == null || expected.length != rows * size) {
                differing += (long) rows * size;
                compared += (long) rows * size;
                remember(batchName + ", step " + step + ", population " + population + ": not seen by the reference");
                return;
            }
            for (int index = 0; index < rows * size; index++) {
                referenceSpikes += expected[index];
                if (spikes[index] != expected[index]) {
                    differing++;
                    remember(batchName + ", step " + step + " (t = " + (step + 1) + "), population " + population
                            + ", row " + index / size + ", unit " + index % size);
                }
            }
            compared += (long) rows * size;
        };
    }

    private void remember(String where) {
        if (firstDifference == null) {
            firstDifference = where;
        }
    }

    private static String key(int step, String population) {
        return step + "/" + population;
    }

    long compared() {
        return compared;
    }

    /** Spikes (ones) the reference emitted among those compared: zero would make the comparison vacuous. */
    long referenceSpikes() {
        return referenceSpikes;
    }

    long differing() {
        return differing;
    }

    String firstDifference() {
        return firstDifference;
    }
}
