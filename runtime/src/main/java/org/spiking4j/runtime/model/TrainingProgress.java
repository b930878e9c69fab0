package org.spiking4j.runtime.model;

/**
 * Where training stands: the next epoch and batch to run, and the running training accuracy and
 * time of the epoch in progress, so a resumed run reports what an uninterrupted one would.
 */
public record TrainingProgress(int epoch, int batch, long trainCorrect, long trainSeen, double epochSeconds) {

    public static TrainingProgress start() {
        return new TrainingProgress(0, 0, 0, 0, 0);
    }

    public boolean finished(int epochs) {
        return epoch >= epochs;
    }
}
