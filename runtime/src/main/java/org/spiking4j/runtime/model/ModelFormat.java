package org.spiking4j.runtime.model;

import java.util.List;

/** Names and version of the model directory a run leaves (architecture.md, "Files a run leaves"). */
public final class ModelFormat {
    public static final String NAME = "spiking4j-model";
    /**
     * Raise when the layout changes; readers refuse directories newer than they know. 1: the files
     * at the top of the directory; 2: one folder per checkpoint under {@link #CHECKPOINTS}, named by
     * the directory's manifest, and the top-level files hard links to the current checkpoint's.
     */
    public static final int VERSION = 2;
    public static final String CIRCUIT = "circuit.yaml";
    public static final String WEIGHTS = "weights.npz";
    public static final String STATE = "state.npz";
    public static final String METRICS = "metrics.jsonl";
    public static final String MANIFEST = "manifest.json";
    /** The folder of checkpoint folders, each named by its zero-padded generation number. */
    public static final String CHECKPOINTS = "checkpoints";
    /** The file a training holds an OS lock on while it writes the directory. */
    public static final String LOCK = ".lock";
    /** Files the manifest fingerprints, in the order they are written (manifest last). */
    public static final List<String> FINGERPRINTED = List.of(CIRCUIT, WEIGHTS, STATE, METRICS);

    private ModelFormat() {
    }
}
