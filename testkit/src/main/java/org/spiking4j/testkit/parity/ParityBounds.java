package org.spiking4j.testkit.parity;

/**
 * How far a candidate backend may stray from the reference, as the candidate states it.
 *
 * @param weightAbsolute largest absolute difference of a weight or a reconstruction estimate
 * @param spikeDisagreement largest fraction of compared spikes that may differ
 * @param accuracyAbsolute largest absolute difference of test accuracy (a fraction)
 */
public record ParityBounds(double weightAbsolute, double spikeDisagreement, double accuracyAbsolute) {
}
