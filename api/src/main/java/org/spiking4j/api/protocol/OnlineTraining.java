package org.spiking4j.api.protocol;

import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.data.LabeledImages;

/** A circuit compiled by an {@link OnlineProtocol}: presents samples with or without learning. */
public interface OnlineTraining extends AutoCloseable {

    /** Presents every image once with learning on; {@code pass} keys the input spikes' random draws. */
    default void train(LabeledImages images, int pass, SampleProgress progress) {
        train(images, pass, 0, progress);
    }

    /**
     * Presents images {@code fromSample ..} of the pass with learning on, exactly as the uninterrupted
     * pass would (a pass resumed from a checkpoint taken inside it); progress counts from the pass's start.
     */
    void train(LabeledImages images, int pass, int fromSample, SampleProgress progress);

    /**
     * Presents every image with learning off and returns the (images, units) spike counts of the
     * readout population; {@code stream} (distinct per call site) keys the input spikes' random draws.
     */
    float[] spikeCounts(LabeledImages images, int stream, SampleProgress progress);

    /**
     * Presents one sample whose input spikes are given instead of drawn (a golden file's replay or
     * recording): {@code inputSpikes[step][unit]} is 1 where the input population fires, over the
     * sample's {@link #stepsPerSample()} steps. Tells the observer every population's spikes (the
     * input's included) at every step, numbered from 0 within the sample.
     */
    void presentInjected(byte[][] inputSpikes, boolean learn, StepSpikes observer);

    /**
     * Presents image {@code sample} of {@code images} with learning off, exactly as {@link #spikeCounts}
     * presents it for {@code stream} (the same input draws, and any re-presentation), and tells the
     * observer every population's spikes (the input's included) at every step of the presentation whose
     * counts are classified, numbered from 0 within it (a report's spike raster).
     */
    void presentObserved(LabeledImages images, int sample, int stream, StepSpikes observer);

    /** Steps of one presented sample, its rest period included. */
    int stepsPerSample();

    /** The input population that {@link #presentInjected} drives. */
    String inputPopulation();

    /** The readout population's size. */
    int readoutUnits();

    /** Weights, adaptive thresholds and whatever else survives a checkpoint. */
    SimulationState exportState();

    void importState(SimulationState state);

    @Override
    void close();
}
