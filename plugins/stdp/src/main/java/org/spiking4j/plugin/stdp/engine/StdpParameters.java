package org.spiking4j.plugin.stdp.engine;

/**
 * The {@code stdp} rule of one projection, read once: learning rates, bounds (the projection's),
 * trace time constants (the pre and post populations' traces), trace mode and weight dependence.
 */
record StdpParameters(double nuPre, double nuPost, double wMin, double wMax, double tauPre, double tauPost,
        boolean addTraces, boolean softBounds, double dt) {
}
