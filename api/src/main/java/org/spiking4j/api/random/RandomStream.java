package org.spiking4j.api.random;

/**
 * The independent random streams of a run. Each gets its own Philox key, so adding draws to one
 * stream never shifts another.
 */
public enum RandomStream {
    WEIGHT_INIT(1),
    THRESHOLD_JITTER(2),
    SHUFFLE(3),
    NEGATIVES(4),
    INPUT_SPIKES(5),
    VALIDATION_SPLIT(6);

    private final int id;

    RandomStream(int id) {
        this.id = id;
    }

    /** The stable number that goes into the key; never renumber, or old runs stop resuming. */
    public int id() {
        return id;
    }
}
