package org.spiking4j.api.plan;

/** What a population sums over a batch for the readouts: nothing, its spike counts or its trace. */
public enum OutputKind {
    NONE, SPIKE_COUNTS, TRACE_SUMS
}
