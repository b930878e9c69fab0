package org.spiking4j.plugin.stdp.engine;

import org.spiking4j.api.random.CounterRandom;

/**
 * One sample's input spikes, drawn once before the sample and read step by step: per step an
 * ascending list of input units (compressed rows). Allocated once for the largest sample.
 *
 * <p>Poisson input is drawn event by event: each unit's gaps between spikes are geometric with
 * p = pixel · intensity · dt / 1000, so a unit costs one draw per spike instead of one per step,
 * with the same distribution as a Bernoulli draw every step.
 */
final class InputSchedule {
    /** Beyond this mean gap (steps) BindsNET-style input leaves a unit silent; e^(−mean) stays a normal double. */
    static final double LONGEST_MEAN_GAP = 700;

    private final int inputs;
    private final int steps;
    private final int[] stepStart;
    private final int[] cursor;
    private final int[] spikeSteps;
    private final int[] spikeUnits;
    private final int[] orderedUnits;
    private int spikes;

    InputSchedule(int inputs, int steps) {
        this.inputs = inputs;
        this.steps = steps;
        this.stepStart = new int[steps + 1];
        this.cursor = new int[steps];
        this.spikeSteps = new int[inputs * steps];
        this.spikeUnits = new int[inputs * steps];
        this.orderedUnits = new int[inputs * steps];
    }

    int steps() {
        return steps;
    }

    int inputs() {
        return inputs;
    }

    /**
     * Draws the sample's spikes. Draw k of unit u in presentation r of the sample uses the uniform at
     * element k and coordinates (r · inputs + u, sample, stream) of the input-spike stream.
     */
    void fillPoisson(float[] pixels, int offset, double intensityHz, double dt, CounterRandom random, int sample,
            int stream, int presentation) {
        spikes = 0;
        for (int unit = 0; unit < inputs; unit++) {
            double probability = pixels[offset + unit] * intensityHz * dt / 1000.0;
            if (probability <= 0.0) {
                continue;
            }
            if (probability >= 1.0) {
                for (int step = 0; step < steps; step++) {
                    record(step, unit);
                }
                continue;
            }
            double logStay = Math.log1p(-probability);
            int draw = 0;
            long step = -1;
            while (true) {
                double uniform = 1.0 - random.uniform(draw++, presentation * inputs + unit, sample, stream); // in (0, 1]
                step += 1 + (long) Math.floor(Math.log(uniform) / logStay);
                if (step >= steps) {
                    break;
                }
                record((int) step, unit);
            }
        }
        index();
    }

    /**
     * Draws the sample's spikes as BindsNET's {@code PoissonEncoder} does: the gaps between a unit's
     * spikes are Poisson-distributed with mean 1000 / (pixel · intensity · dt) steps (a gap of 0
     * counts as 1), the first spike one gap after the sample's start, so a unit fires far more
     * regularly than a Bernoulli process of the same rate. Gap k of unit u uses the uniform at
     * element k and the coordinates of {@link #fillPoisson}, by inversion of the Poisson CDF.
     * Units whose mean gap exceeds {@link #LONGEST_MEAN_GAP} steps are left silent (a spike within a
     * sample is then below 1e-60 likely for samples up to 300 steps).
     */
    void fillPoissonGaps(float[] pixels, int offset, double intensityHz, double dt, CounterRandom random, int sample,
            int stream, int presentation) {
        spikes = 0;
        for (int unit = 0; unit < inputs; unit++) {
            double rateHz = pixels[offset + unit] * intensityHz;
            if (rateHz <= 0.0) {
                continue;
            }
            double meanGap = 1000.0 / (rateHz * dt);
            if (meanGap > LONGEST_MEAN_GAP) {
                continue;
            }
            long time = 0;
            for (int draw = 0; ; draw++) {
                double uniform = random.uniform(draw, presentation * inputs + unit, sample, stream);
                time += Math.max(1, poissonQuantile(uniform, meanGap));
                if (time > steps) {
                    break;
                }
                record((int) (time - 1), unit);
            }
        }
        index();
    }

    /** The smallest k with P(X ≤ k) ≥ u for X ~ Poisson(mean), by summing the pmf from 0. */
    static long poissonQuantile(double uniform, double mean) {
        double probability = Math.exp(-mean);
        double cumulative = probability;
        long k = 0;
        while (uniform > cumulative && probability > 0) {
            k++;
            probability *= mean / k;
            cumulative += probability;
        }
        return k;
    }

    /** Spikes given as (local step, unit) pairs (a test's injected input). */
    void fillInjected(int[] localSteps, int[] units, int from, int to) {
        spikes = 0;
        for (int index = from; index < to; index++) {
            record(localSteps[index], units[index]);
        }
        index();
    }

    void clear() {
        spikes = 0;
        index();
    }

    private void record(int step, int unit) {
        spikeSteps[spikes] = step;
        spikeUnits[spikes] = unit;
        spikes++;
    }

    /** Counting sort by step; units were recorded in ascending order, so each step's list is ascending. */
    private void index() {
        java.util.Arrays.fill(stepStart, 0);
        for (int spike = 0; spike < spikes; spike++) {
            stepStart[spikeSteps[spike] + 1]++;
        }
        for (int step = 0; step < steps; step++) {
            stepStart[step + 1] += stepStart[step];
        }
        System.arraycopy(stepStart, 0, cursor, 0, steps);
        for (int spike = 0; spike < spikes; spike++) {
            orderedUnits[cursor[spikeSteps[spike]]++] = spikeUnits[spike];
        }
    }

    /** Writes local step's spikes into {@code out} (empty beyond the schedule: the rest period). */
    void spikesAt(int localStep, SpikeList out) {
        out.clear();
        if (localStep >= steps) {
            return;
        }
        for (int index = stepStart[localStep]; index < stepStart[localStep + 1]; index++) {
            out.add(orderedUnits[index]);
        }
    }
}
