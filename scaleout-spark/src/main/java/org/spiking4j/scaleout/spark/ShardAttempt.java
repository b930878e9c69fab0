package org.spiking4j.scaleout.spark;

import org.apache.spark.api.java.function.Function;
import org.spiking4j.api.scaleout.ShardResult;
import org.spiking4j.api.scaleout.ShardWork;

/** Runs one shard's part of a data-parallel round inside a Spark task. */
final class ShardAttempt implements Function<ShardWork, ShardResult> {
    private static final long serialVersionUID = 1L;

    @Override
    public ShardResult call(ShardWork work) {
        return work.run();
    }
}
