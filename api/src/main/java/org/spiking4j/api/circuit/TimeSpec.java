package org.spiking4j.api.circuit;

/** The simulation clock: step length in milliseconds and steps per sample. */
public record TimeSpec(double dt, int steps) {
}
