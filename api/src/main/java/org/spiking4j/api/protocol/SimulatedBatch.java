package org.spiking4j.api.protocol;

/**
 * A training batch as a protocol builds it from positives.
 *
 * @param rows simulated rows
 * @param inputs (rows, features) intensities for the input population
 * @param labelContext (rows, classes) label spikes for the label population
 * @param contrast per row: 1 positive, 0 negative
 * @param labels per row: the class the row is labelled with (its negative label for negative rows)
 */
public record SimulatedBatch(int rows, float[] inputs, float[] labelContext, float[] contrast, int[] labels) {
}
