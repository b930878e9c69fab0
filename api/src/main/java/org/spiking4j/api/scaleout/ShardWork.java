package org.spiking4j.api.scaleout;

import java.io.Serializable;

/**
 * One worker's part of a data-parallel round: start from the given state, train a few batches of
 * its shard, answer with the state it ended in. Safe to retry: it only reads its inputs.
 */
public interface ShardWork extends Serializable {

    /** The shard's number, 0 .. workers-1; results are averaged in this order. */
    int shard();

    ShardResult run();
}
