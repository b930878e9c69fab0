package org.spiking4j.report.record;

import java.util.Map;

/**
 * Every spike of every population for one test image.
 *
 * @param image index of the image in the test set
 * @param label its true class
 * @param populations per population (in circuit order), its spikes
 */
public record SpikeRaster(int image, int label, int steps, Map<String, PopulationSpikes> populations) {

    /** The spikes of one population as parallel (step, unit) lists. */
    public record PopulationSpikes(int size, int[] steps, int[] units) {
        public int count() {
            return steps.length;
        }
    }
}
