package org.spiking4j.api.protocol;

import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.random.CounterRandom;

/**
 * What a protocol may read while it builds batches: the resolved circuit (its populations and their
 * roles), its own spec, and its random stream ({@link org.spiking4j.api.random.RandomStream#NEGATIVES},
 * addressed by the batch coordinate; give each thread its own copy).
 */
public record ProtocolContext(CircuitDescription circuit, ProtocolSpec spec, CounterRandom random) {
}
