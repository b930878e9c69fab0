package org.spiking4j.plugin.stdp.engine;

/**
 * How the {@code unsupervised} protocol presents one sample: {@code on} steps of input, then
 * {@code rest} steps without input, or (resetBetween) an explicit reset of v and the traces.
 */
record SampleShape(int on, int rest, boolean resetBetween) {

    int steps() {
        return on + (resetBetween ? 0 : rest);
    }
}
