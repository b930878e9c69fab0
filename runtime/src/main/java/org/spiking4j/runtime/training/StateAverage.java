package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.scaleout.ShardResult;

/**
 * The elementwise mean of the workers' states: weights, Adam moments, neuron and rule state alike.
 * Each element is summed in double precision in shard order, then divided and rounded to float
 * once, so the result does not depend on which task finished first, and one worker's state comes
 * back unchanged. Scalars (Adam's step counter) must agree: every worker took the same number of steps.
 */
public final class StateAverage {

    public SimulationState of(List<ShardResult> shards) {
        ShardResult first = shards.get(0);
        Map<String, float[]> arrays = new LinkedHashMap<>();
        first.arrays().forEach((name, values) -> arrays.put(name, mean(name, values.length, shards)));
        Map<String, Double> scalars = new LinkedHashMap<>(first.scalars());
        for (ShardResult shard : shards) {
            if (!shard.scalars().equals(first.scalars())) {
                throw new IllegalStateException("shard " + shard.shard() + " ended with scalars " + shard.scalars()
                        + ", shard " + first.shard() + " with " + first.scalars() + ": workers must take equal steps");
            }
        }
        return new SimulationState(arrays, scalars);
    }

    private static float[] mean(String name, int length, List<ShardResult> shards) {
        double[] sums = new double[length];
        for (ShardResult shard : shards) {
            float[] values = shard.arrays().get(name);
            if (values == null || values.length != length) {
                throw new Spiking4jException("shard " + shard.shard() + " returned no array " + name + " of length "
                        + length + "; every worker must run the same circuit.");
            }
            for (int index = 0; index < length; index++) {
                sums[index] += values[index];
            }
        }
        float[] mean = new float[length];
        for (int index = 0; index < length; index++) {
            mean[index] = (float) (sums[index] / shards.size());
        }
        return mean;
    }
}
