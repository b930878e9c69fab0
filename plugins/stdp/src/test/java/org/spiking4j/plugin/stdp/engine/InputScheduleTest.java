package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * The two ways of drawing Poisson input at the same rate: geometric gaps (a Bernoulli process, gap
 * variance ≈ mean²) and BindsNET's Poisson-distributed gaps (gap variance ≈ mean).
 */
class InputScheduleTest {
    private static final int STEPS = 250;
    private static final int UNITS = 200;
    private static final double INTENSITY_HZ = 128;
    /** 1000 / 128 steps between spikes of a white pixel at dt = 1 ms. */
    private static final double MEAN_GAP = 1000.0 / INTENSITY_HZ;
    /** Relative error allowed on the mean gap from ~6 000 gaps. */
    private static final double MEAN_TOLERANCE = 0.05;

    @Test
    void poissonQuantileInvertsTheCdf() {
        assertEquals(0, InputSchedule.poissonQuantile(0.0, 10));
        assertEquals(10, InputSchedule.poissonQuantile(0.5, 10)); // the median of Poisson(10)
        assertEquals(0, InputSchedule.poissonQuantile(0.3, 1)); // P(X = 0) = e^-1 ≈ 0.37
        assertEquals(1, InputSchedule.poissonQuantile(0.5, 1)); // P(X ≤ 1) ≈ 0.74
    }

    @Test
    void poissonGapsKeepTheRateButAreFarMoreRegular() {
        double[] geometric = gapStatistics(false);
        double[] poisson = gapStatistics(true);
        assertEquals(MEAN_GAP, geometric[0], MEAN_GAP * MEAN_TOLERANCE, "geometric mean gap");
        assertEquals(MEAN_GAP, poisson[0], MEAN_GAP * MEAN_TOLERANCE, "Poisson mean gap");
        assertTrue(geometric[1] > 0.7 * MEAN_GAP * MEAN_GAP, "geometric gap variance " + geometric[1]);
        assertTrue(poisson[1] < 1.5 * MEAN_GAP, "Poisson gap variance " + poisson[1]);
    }

    /** Mean and variance of the gaps between consecutive spikes of white pixels. */
    private static double[] gapStatistics(boolean poissonGaps) {
        InputSchedule schedule = new InputSchedule(UNITS, STEPS);
        float[] pixels = new float[UNITS];
        java.util.Arrays.fill(pixels, 1f);
        CounterRandom random = new CounterRandom(3, RandomStream.INPUT_SPIKES);
        if (poissonGaps) {
            schedule.fillPoissonGaps(pixels, 0, INTENSITY_HZ, 1.0, random, 0, 0, 0);
        } else {
            schedule.fillPoisson(pixels, 0, INTENSITY_HZ, 1.0, random, 0, 0, 0);
        }
        int[] last = new int[UNITS];
        java.util.Arrays.fill(last, -1);
        double sum = 0;
        double squares = 0;
        long gaps = 0;
        SpikeList fired = new SpikeList(UNITS);
        for (int step = 0; step < STEPS; step++) {
            schedule.spikesAt(step, fired);
            for (int index = 0; index < fired.count(); index++) {
                int unit = fired.units()[index];
                if (last[unit] >= 0) {
                    double gap = step - last[unit];
                    sum += gap;
                    squares += gap * gap;
                    gaps++;
                }
                last[unit] = step;
            }
        }
        double mean = sum / gaps;
        return new double[] {mean, squares / gaps - mean * mean};
    }
}
