package org.spiking4j.testkit.golden;

/**
 * The outcome of replaying one golden file.
 *
 * @param firstDifference null when it passed, else where it first diverged (population, batch, step)
 * @param largestWeightError largest absolute weight difference seen
 * @param largestReconstructionError largest absolute reconstruction-estimate difference seen
 */
public record GoldenReport(String file, boolean passed, String firstDifference, double largestWeightError,
        double largestReconstructionError, long spikesCompared) implements GoldenOutcome {

    @Override
    public String summary() {
        if (passed) {
            return String.format("PASS %s (%d spikes identical, largest weight error %.2e, reconstruction %.2e)", file,
                    spikesCompared, largestWeightError, largestReconstructionError);
        }
        return "FAIL " + file + ": " + firstDifference;
    }
}
