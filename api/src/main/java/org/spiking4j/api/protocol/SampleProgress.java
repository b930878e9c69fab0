package org.spiking4j.api.protocol;

/** Told after every sample an online protocol presents: how many of how many are done. */
@FunctionalInterface
public interface SampleProgress {

    void presented(int done, int total);

    static SampleProgress none() {
        return (done, total) -> { };
    }
}
