package org.spiking4j.api.engine;

import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * Every engine's initial weights: U(−1, 1) from the WEIGHT_INIT stream at counter (index / 4, 0, 0,
 * hash of the projection name), drawn on the host so that all engines start from identical weights.
 */
public final class InitialWeights {

    private InitialWeights() {
    }

    public static float[] draw(long seed, ProjectionPlan projection) {
        float[] weights = new float[projection.weightCount()];
        new CounterRandom(seed, RandomStream.WEIGHT_INIT).fillUniform(weights, 0, weights.length, 0, 0,
                projection.name().hashCode());
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
        return weights;
    }
}
