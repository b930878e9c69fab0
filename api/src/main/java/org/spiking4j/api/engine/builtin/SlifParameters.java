package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * The sLIF cell's constants (csdp.md §4.3) in float32, and its jittered initial thresholds, one per
 * unit, drawn from the THRESHOLD_JITTER stream at counter (unit / 4, 0, 0, hash of the population name).
 */
public record SlifParameters(float inverseTauM, float resistance, float rhoB, float thresholdFloor, double threshold,
        double thresholdJitter) {
    /** The checkpoint's short name of the initial thresholds. */
    public static final String INITIAL_THRESHOLDS = "thr0";

    public static SlifParameters of(PopulationPlan population) {
        var parameters = population.parameters();
        return new SlifParameters(1f / parameters.single("tauM"), parameters.single("resistance"),
                parameters.single("rhoB"), parameters.single("thresholdFloor"), parameters.number("threshold"),
                parameters.number("thresholdJitter"));
    }

    /** Whether the current is used as it is: x·1 is never computed, so that it cannot round differently. */
    public boolean unitResistance() {
        return resistance == 1f;
    }

    public float[] initialThresholds(long seed, PopulationPlan population) {
        float[] initial = new float[population.size()];
        CounterRandom random = new CounterRandom(seed, RandomStream.THRESHOLD_JITTER);
        int populationCoordinate = population.name().hashCode();
        for (int unit = 0; unit < initial.length; unit++) {
            float uniform = random.uniform(unit, 0, 0, populationCoordinate);
            initial[unit] = (float) (threshold + thresholdJitter * (2.0 * uniform - 1.0));
        }
        return initial;
    }
}
