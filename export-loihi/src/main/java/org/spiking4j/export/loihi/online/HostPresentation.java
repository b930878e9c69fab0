package org.spiking4j.export.loihi.online;

import java.util.Map;

/**
 * How the host presents a test image, as the unsupervised protocol does: at {@code intensityHz}, and
 * again {@code intensityStepHz} brighter while the readout population fired fewer than
 * {@code minSpikes} spikes (Diehl &amp; Cook), at most {@code maxPresentations} times. On Loihi this
 * loop runs on the host, around the chip.
 */
public record HostPresentation(double intensityHz, int minSpikes, double intensityStepHz, int maxPresentations) {
    static final double DEFAULT_INTENSITY_HZ = 128;
    static final double DEFAULT_STEP_HZ = 32;
    /** The unsupervised protocol's limit. */
    static final int MAX_PRESENTATIONS = 10;

    /** Read from the protocol's parameters ({@code intensity}, {@code minSpikes}, {@code intensityStep}). */
    public static HostPresentation of(Map<String, Double> protocolParams) {
        return new HostPresentation(protocolParams.getOrDefault("intensity", DEFAULT_INTENSITY_HZ),
                (int) Math.round(protocolParams.getOrDefault("minSpikes", 0.0)),
                protocolParams.getOrDefault("intensityStep", DEFAULT_STEP_HZ), MAX_PRESENTATIONS);
    }

    /** Whether a presentation that left {@code spikes} readout spikes is the last. */
    boolean done(int presentation, double spikes) {
        return minSpikes == 0 || presentation + 1 >= maxPresentations || spikes >= minSpikes;
    }

    double intensityOf(int presentation) {
        return intensityHz + presentation * intensityStepHz;
    }
}
