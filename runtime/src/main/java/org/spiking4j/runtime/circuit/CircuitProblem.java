package org.spiking4j.runtime.circuit;

import org.spiking4j.runtime.circuit.YamlLocations.Position;

/**
 * One thing wrong with a circuit file, and where: {@code position} is null when the circuit was not
 * read from text (then only the file name can be given).
 */
public record CircuitProblem(Position position, String message) {

    /** "configs/foo.yaml, line 7, column 12: message", the form editors and terminals link to. */
    public String describe(String sourceName) {
        return position == null ? sourceName + ": " + message : sourceName + ", " + position + ": " + message;
    }
}
