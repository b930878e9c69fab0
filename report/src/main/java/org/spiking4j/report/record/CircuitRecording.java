package org.spiking4j.report.record;

import java.util.List;
import org.spiking4j.runtime.training.EvaluationResult;

/**
 * What one pass over the test set showed.
 *
 * @param evaluation accuracy, reconstruction error and predictions, exactly as {@code evaluate} computes them
 * @param hiddenPopulations the hidden populations whose rate codes are recorded, in circuit order
 * @param rateCodes (samples, Σ hidden sizes): each unit's spikes per step, populations side by side
 * @param sampleLabels true classes of the recorded samples
 * @param rasters spikes of every population for the first few test images
 * @param reconstructionInputs input intensities of the first few images (empty without a reconstruction population)
 * @param reconstructions the reconstruction population's estimate (trace sum / (T+1)) for the same images
 */
public record CircuitRecording(EvaluationResult evaluation, List<HiddenPopulation> hiddenPopulations,
        double[][] rateCodes, int[] sampleLabels, List<SpikeRaster> rasters, List<float[]> reconstructionInputs,
        List<float[]> reconstructions) {

    /** A hidden population and where its units start in a rate-code row. */
    public record HiddenPopulation(String name, int size, int offset) {
    }
}
