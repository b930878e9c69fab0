package org.spiking4j.api.component;

import org.spiking4j.api.circuit.ReadoutSpec;

/**
 * Turns per-sample spike counts of one population into class predictions. {@link #fit} sees only
 * the samples the protocol gives it for labelling (training images, never test labels).
 */
public interface Readout extends ComponentDescriptor {

    /**
     * @param counts (samples, units) spike counts of the labelling samples
     * @param labels one class per labelling sample
     */
    FittedReadout fit(ReadoutSpec spec, float[] counts, int[] labels, int samples, int units, int classes);

    /**
     * Why this readout cannot work with a population of {@code units} and a dataset of {@code classes}
     * classes, checked before training starts; null when it can.
     */
    default String dataProblem(ReadoutSpec spec, int units, int classes) {
        return null;
    }

    @Override
    default ComponentKind kind() {
        return ComponentKind.READOUT;
    }

    /** A readout fitted to its labelling samples. */
    interface FittedReadout {

        /** One class per sample of (samples, units) counts. */
        int[] predict(float[] counts, int samples);

        /** What the fit learned (e.g. each unit's class), as named float arrays for the model directory. */
        java.util.Map<String, float[]> exportState();
    }
}
