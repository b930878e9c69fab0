package org.spiking4j.runtime.model;

import java.util.List;

/** Names and version of the model directory a run leaves (architecture.md, "Files a run leaves"). */
public final class ModelFormat {
    public static final String NAME = "spiking4j-model";
    /** Raise when the layout changes; readers refuse directories newer than they know. */
    public static final int VERSION = 1;
    public static final String CIRCUIT = "circuit.yaml";
    public static final String WEIGHTS = "weights.npz";
    public static final String STATE = "state.npz";
    public static final String METRICS = "metrics.jsonl";
    public static final String MANIFEST = "manifest.json";
    /** Files the manifest fingerprints, in the order they are written (manifest last). */
    public static final List<String> FINGERPRINTED = List.of(CIRCUIT, WEIGHTS, STATE, METRICS);

    private ModelFormat() {
    }
}
