package org.spiking4j.engine.gpu;

/**
 * How far the OpenCL engine may differ from the CPU reference, stated once so tests, the oracle
 * check and the README quote the same numbers. The kernels keep the CPU's float32 operation order,
 * build without contraction or fast-math, and use correctly rounded division and sqrt, so on a
 * conforming device they agree bit for bit; the bounds leave room only for last-bit differences in
 * exp (drivers without fp64) that never reach a spike at the golden file's sizes.
 */
public final class OpenClTolerances {
    /** Largest absolute difference of any weight (or reconstruction estimate) from the CPU engine. */
    public static final float WEIGHT_ABSOLUTE = 1e-5f;
    /** Fraction of (population, step, row, unit) spikes that may differ from the CPU engine: none. */
    public static final double SPIKE_DISAGREEMENT = 0.0;
    /** Largest absolute difference in test accuracy (a fraction) from the CPU engine. */
    public static final double ACCURACY_ABSOLUTE = 0.0;

    private OpenClTolerances() {
    }
}
