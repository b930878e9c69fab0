package org.spiking4j.api.circuit;

/**
 * A gated trace of a population's spikes: decays by (1 - dt/tau) each step and is set to 1 by a
 * spike (csdp.md §7 item 3).
 */
public record TraceSpec(double tau) {
}
