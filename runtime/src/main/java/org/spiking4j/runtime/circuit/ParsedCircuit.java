package org.spiking4j.runtime.circuit;

import org.spiking4j.api.circuit.CircuitDescription;

/** A circuit read from YAML, with where each of its values is written and the name of the file. */
public record ParsedCircuit(CircuitDescription circuit, YamlLocations locations, String sourceName) {
}
