package org.spiking4j.plugin.stdp.engine;

/** Sees every population's spikes after every step (the Brian2 conformance tests). */
@FunctionalInterface
interface StepObserver {

    void onStep(long globalStep, String population, SpikeList spikes);
}
