package org.spiking4j.api.backend;

import java.util.Map;

/**
 * A stretch of a batch with its own inputs and plasticity, run after the previous one without any
 * reset in between (e.g. a sample's presentation followed by a rest without input).
 *
 * @param clamps per encoder population the (rows, size) values of this phase
 */
public record BatchPhase(int steps, Map<String, float[]> clamps, boolean learn) {

    public BatchPhase {
        clamps = clamps == null ? Map.of() : clamps;
    }
}
