package org.spiking4j.plugin.stdp.engine;

import java.util.Arrays;
import java.util.Map;

/**
 * Current-based leaky integrate-and-fire neurons with a refractory period and the persistent
 * adaptive threshold θ (stdp.md §1), stepped as Brian2 orders a step (§2).
 *
 * <p>Mapping to the engine's vocabulary (architecture.md, "One time step"): what §2 step 4 adds to v
 * at step t is this population's delay-1 current, {@link #pendingCurrent()}, applied at the start of
 * step t + 1, and only to the units whose gate (not refractory after step 2 of t) is open.
 */
final class LifPopulation {
    private static final long NEVER = Long.MIN_VALUE / 2;

    private final String name;
    private final LifParameters parameters;
    private final double membraneDecay;
    private final double thetaDecay;
    private final long refractorySteps;
    private final double[] potential;
    private final double[] theta;
    private final double[] pendingCurrent;
    private final long[] lastSpike;
    private final boolean[] gateOpen;
    private final SpikeList spikes;

    LifPopulation(String name, int size, LifParameters parameters) {
        this.name = name;
        this.parameters = parameters;
        this.membraneDecay = parameters.membraneDecay();
        this.thetaDecay = parameters.thetaDecay();
        this.refractorySteps = parameters.refractorySteps();
        this.potential = new double[size];
        this.theta = new double[size];
        this.pendingCurrent = new double[size];
        this.lastSpike = new long[size];
        this.gateOpen = new boolean[size];
        this.spikes = new SpikeList(size);
        Arrays.fill(theta, parameters.theta0());
        Arrays.fill(lastSpike, NEVER);
        resetPotentials();
    }

    String name() {
        return name;
    }

    int size() {
        return potential.length;
    }

    SpikeList spikes() {
        return spikes;
    }

    /** The delay-1 current that the projections deliver during step t, applied at t + 1. */
    double[] pendingCurrent() {
        return pendingCurrent;
    }

    double[] theta() {
        return theta;
    }

    LifParameters parameters() {
        return parameters;
    }

    /** The live state arrays, for a device mirror that downloads into and uploads from them. */
    double[] potential() {
        return potential;
    }

    long[] lastSpike() {
        return lastSpike;
    }

    boolean[] gateOpen() {
        return gateOpen;
    }

    /**
     * One step at global step t. θ decays and grows only while {@code adaptThreshold} (learning):
     * with learning off it stays fixed, as in Diehl &amp; Cook's test phase. With {@code oneSpike} only
     * the unit furthest above its threshold emits (the lowest index on a tie; BindsNET draws at random);
     * the other units that crossed are reset, refractory and grow θ as BindsNET's one_spike does.
     */
    void step(long t, boolean adaptThreshold) {
        spikes.clear();
        double rest = parameters.rest();
        double threshold = parameters.threshold();
        int winner = -1;
        double winnerOvershoot = Double.NEGATIVE_INFINITY;
        for (int unit = 0; unit < potential.length; unit++) {
            double v = potential[unit];
            if (gateOpen[unit]) {
                v += pendingCurrent[unit];
            }
            pendingCurrent[unit] = 0.0;
            boolean free = t - lastSpike[unit] >= refractorySteps;
            if (free) {
                v = rest + (v - rest) * membraneDecay;
            }
            if (adaptThreshold) {
                theta[unit] *= thetaDecay;
            }
            double overshoot = v - (threshold + theta[unit]);
            boolean crossed = free && overshoot > 0;
            if (crossed) {
                lastSpike[unit] = t;
                v = parameters.reset();
                if (adaptThreshold) {
                    theta[unit] += parameters.thetaPlus();
                }
                if (!parameters.oneSpike()) {
                    spikes.add(unit);
                } else if (overshoot > winnerOvershoot) {
                    winner = unit;
                    winnerOvershoot = overshoot;
                }
            }
            gateOpen[unit] = free && !crossed;
            potential[unit] = v;
        }
        if (winner >= 0) {
            spikes.add(winner);
        }
    }

    /** between: reset. v returns to rest and pending input is dropped; θ and refractoriness stay. */
    void resetPotentials() {
        Arrays.fill(potential, parameters.rest());
        Arrays.fill(pendingCurrent, 0.0);
    }

    void importTheta(double[] values) {
        System.arraycopy(values, 0, theta, 0, theta.length);
    }

    /**
     * Everything else a resumed run needs to continue bit for bit (v, the pending current, the gate,
     * the last spike), as exact doubles under {@code prefix}; θ is exported by the session.
     */
    void exportDynamics(Map<String, Double> scalars, String prefix) {
        for (int unit = 0; unit < potential.length; unit++) {
            scalars.put(prefix + "v/" + unit, potential[unit]);
            scalars.put(prefix + "pending/" + unit, pendingCurrent[unit]);
            scalars.put(prefix + "gate/" + unit, gateOpen[unit] ? 1.0 : 0.0);
            scalars.put(prefix + "lastSpike/" + unit, (double) lastSpike[unit]);
        }
    }

    void importDynamics(Map<String, Double> scalars, String prefix) {
        for (int unit = 0; unit < potential.length; unit++) {
            Double v = scalars.get(prefix + "v/" + unit);
            if (v == null) {
                return;
            }
            potential[unit] = v;
            pendingCurrent[unit] = scalars.get(prefix + "pending/" + unit);
            gateOpen[unit] = scalars.get(prefix + "gate/" + unit) != 0.0;
            lastSpike[unit] = scalars.get(prefix + "lastSpike/" + unit).longValue();
        }
    }
}
