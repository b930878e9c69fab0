package org.spiking4j.plugin.stdp.engine;

/** A projection of the online circuit: adds the current of this step's pre spikes to its target. */
interface Projection {

    String name();

    /** Adds, for every spiking pre unit, its weights into {@code postCurrent}. */
    void deliver(SpikeList preSpikes, double[] postCurrent);

    /** Its weights as a (pre, post) row-major matrix, the checkpoint's form. */
    float[] weights();

    /** Replaces the weights (a checkpoint's or a test's). */
    void importWeights(float[] values);
}
