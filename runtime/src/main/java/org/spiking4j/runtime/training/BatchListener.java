package org.spiking4j.runtime.training;

/** Told after every simulated batch (progress bars, logs). */
@FunctionalInterface
public interface BatchListener {
    BatchListener NONE = (done, total) -> { };

    void batchDone(int done, int total);
}
