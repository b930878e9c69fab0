package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** oneSpike: of the units that cross their threshold in a step, only the one furthest above it emits. */
class LifPopulationOneSpikeTest {
    private static final double THETA_PLUS = 0.05;

    private static LifPopulation population(boolean oneSpike) {
        return new LifPopulation("excitatory", 3,
                new LifParameters(-65, -60, -52, 100, 5, THETA_PLUS, 1e7, 0, oneSpike, 1.0));
    }

    /** Step 0 opens the gates; step 1 receives 20 mV, 25 mV and 5 mV: units 0 and 1 cross, 1 by more. */
    private static int[] stepWithTwoCrossing(LifPopulation population) {
        population.step(0, true);
        population.pendingCurrent()[0] = 20;
        population.pendingCurrent()[1] = 25;
        population.pendingCurrent()[2] = 5;
        population.step(1, true);
        int[] fired = new int[population.spikes().count()];
        for (int index = 0; index < fired.length; index++) {
            fired[index] = population.spikes().unit(index);
        }
        return fired;
    }

    @Test
    void withoutOneSpikeEveryCrossingUnitEmits() {
        assertArrayEquals(new int[] {0, 1}, stepWithTwoCrossing(population(false)));
    }

    @Test
    void withOneSpikeOnlyTheUnitFurthestAboveThresholdEmits() {
        LifPopulation population = population(true);
        assertArrayEquals(new int[] {1}, stepWithTwoCrossing(population));
        // The silenced unit 0 is still reset, refractory, and its theta grew, as in BindsNET's one_spike.
        assertEquals(THETA_PLUS, population.theta()[0], 1e-9);
        assertEquals(THETA_PLUS, population.theta()[1], 1e-9);
        assertEquals(0.0, population.theta()[2], 1e-9);
        population.pendingCurrent()[0] = 100;
        population.step(2, true);
        assertEquals(0, population.spikes().count(), "unit 0 is refractory after crossing");
    }
}
