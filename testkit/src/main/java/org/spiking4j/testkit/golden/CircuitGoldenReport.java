package org.spiking4j.testkit.golden;

import java.util.Locale;

/**
 * The outcome of replaying one circuit golden file.
 *
 * @param firstDifference null when it passed, else the first population/presentation/step/unit or state that differs
 * @param spikesCompared population-steps-units compared (each unit at each step is one)
 * @param largestWeightError largest absolute final-weight error (NaN when the spikes already differed)
 * @param largestStateError largest absolute final-state error (θ and other named state)
 */
public record CircuitGoldenReport(String file, String producer, String firstDifference, long spikesCompared,
        double largestWeightError, double largestStateError, GoldenTolerances tolerances) implements GoldenOutcome {

    @Override
    public boolean passed() {
        return firstDifference == null;
    }

    @Override
    public String summary() {
        if (passed()) {
            return String.format(Locale.ROOT, "PASS %s (against %s: %d unit-steps of spikes identical, largest weight "
                    + "error %.2e (tolerance %.0e), largest state error %.2e (tolerance %.0e))", file, producer,
                    spikesCompared, largestWeightError, tolerances.weights(), largestStateError, tolerances.state());
        }
        return "FAIL " + file + " (against " + producer + "): " + firstDifference;
    }
}
