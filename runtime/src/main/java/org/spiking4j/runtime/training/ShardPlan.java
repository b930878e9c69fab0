package org.spiking4j.runtime.training;

import org.spiking4j.api.backend.SimulationState;

/**
 * What one worker trains in a round: from {@code start}, the batches whose images are
 * {@code sampleIndices} (batch after batch) and whose random coordinates are {@code coordinates}.
 */
public record ShardPlan(int shard, SimulationState start, int[] sampleIndices, int[] coordinates) {
}
