package org.spiking4j.plugin.stdp.engine;

/**
 * Runs the samples of a compiled {@link OnlineCircuit} on one backend. The circuit's host objects
 * stay the state of record for checkpoints: a driver that keeps the state elsewhere (a device)
 * copies it into them on {@link #download()} and back out of them on {@link #upload()}.
 */
interface OnlineDriver extends AutoCloseable {

    /** As {@link OnlineCircuit#present}: the sample already drawn into the circuit's schedule. */
    void present(boolean learn, float[] counts, int countsOffset, StepObserver observer);

    /** Brings the host circuit up to date (before its state is exported or read). */
    void download();

    /** Takes the host circuit's state (after it was imported). */
    void upload();

    @Override
    void close();
}
