package org.spiking4j.testkit.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one parity case found.
 *
 * @param referenceSpikes how many of the compared spikes were ones in the reference (activity)
 * @param firstSpikeDifference where spikes first differed (batch, step, population, row, unit), or null
 * @param largestWeightError largest absolute weight difference after any batch, and where in {@code weightWhere}
 * @param largestReconstructionError largest absolute difference of the reconstruction estimate
 */
public record ParityReport(String caseName, long spikesCompared, long referenceSpikes, long spikesDiffering, String firstSpikeDifference,
        double largestWeightError, String weightWhere, double largestReconstructionError, double referenceAccuracy,
        double candidateAccuracy) {

    public double spikeDisagreement() {
        return spikesCompared == 0 ? 0 : spikesDiffering / (double) spikesCompared;
    }

    /** Every bound this case broke, as sentences; empty when it passed. */
    public List<String> violations(ParityBounds bounds) {
        List<String> broken = new ArrayList<>();
        if (spikesCompared == 0 || referenceSpikes == 0) {
            broken.add(caseName + ": the reference emitted no spikes, so the comparison proves nothing");
        }
        if (spikeDisagreement() > bounds.spikeDisagreement()) {
            broken.add(caseName + ": " + spikesDiffering + " of " + spikesCompared + " spikes differ (bound "
                    + bounds.spikeDisagreement() + "), first " + firstSpikeDifference);
        }
        if (!(largestWeightError <= bounds.weightAbsolute())) {
            broken.add(caseName + ": weight error " + largestWeightError + " at " + weightWhere + " (bound "
                    + bounds.weightAbsolute() + ")");
        }
        if (!(largestReconstructionError <= bounds.weightAbsolute())) {
            broken.add(caseName + ": reconstruction error " + largestReconstructionError + " (bound "
                    + bounds.weightAbsolute() + ")");
        }
        if (!(Math.abs(referenceAccuracy - candidateAccuracy) <= bounds.accuracyAbsolute())) {
            broken.add(caseName + ": accuracy " + candidateAccuracy + " vs reference " + referenceAccuracy
                    + " (bound " + bounds.accuracyAbsolute() + ")");
        }
        return broken;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%s: %d/%d spikes differ (%d ones), weight error %.2e, reconstruction %.2e, "
                + "accuracy %.3f vs %.3f", caseName, spikesDiffering, spikesCompared, referenceSpikes, largestWeightError,
                largestReconstructionError, candidateAccuracy, referenceAccuracy);
    }
}
