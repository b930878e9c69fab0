package org.spiking4j.export.loihi.quantize;

import java.util.List;

/** Every scale, exponent, sign mode and clipped count the quantiser chose, and what it left out. */
public record QuantizationReport(List<PopulationEntry> populations, List<ProjectionEntry> projections,
        List<ReportNote> notes) {

    public QuantizationReport {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        notes = List.copyOf(notes);
    }

    /** The same report with more notes appended. */
    public QuantizationReport withNotes(List<ReportNote> more) {
        List<ReportNote> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new QuantizationReport(populations, projections, all);
    }

    /**
     * @param scale Lava units per float unit of potential
     * @param alpha the float cell's dt/τm; {@code effectiveAlpha} is dv/4096
     * @param referenceThreshold θ_ref; {@code smallestThreshold} … {@code largestThreshold} the
     *     per-unit thresholds folded into the weights
     */
    public record PopulationEntry(String name, String role, int size, double scale, int vth, int du, int dv,
            double alpha, double effectiveAlpha, double referenceThreshold, double smallestThreshold,
            double largestThreshold) {
    }

    /**
     * @param largestEffective the largest |effective weight| in synaptic-input units (before rounding)
     * @param largestRoundingError the largest rounding error, same units
     */
    public record ProjectionEntry(String name, String source, String target, int weightExponent, String signMode,
            int numWeightBits, int clipped, int weights, double largestEffective, double largestRoundingError,
            int delay) {
    }
}
