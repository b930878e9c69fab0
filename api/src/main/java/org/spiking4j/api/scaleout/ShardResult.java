package org.spiking4j.api.scaleout;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state one worker ended a round in (named as the checkpoint names them, see
 * {@code StateNames}) and how many of its training samples the readout predicted correctly.
 */
public record ShardResult(int shard, Map<String, float[]> arrays, Map<String, Double> scalars, long correct,
        long seen) implements Serializable {

    public ShardResult {
        arrays = new LinkedHashMap<>(arrays);   // a serialisable copy in the engine's order
        scalars = new LinkedHashMap<>(scalars);
    }
}
