package org.spiking4j.engine.gpu.spi;

/** Enqueues computing a signal (rows, size) each step. */
public interface OpenClSignalKernel {

    /** Called once per batch after the batch context is set (e.g. to upload per-row masks). */
    default void beginBatch(int rows) {
    }

    void compute(int rows);
}
