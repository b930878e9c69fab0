package org.spiking4j.testkit.golden;

/**
 * The named bounds of a circuit golden file (spikes are compared exactly). A file may carry its own
 * in {@code format.json}; these are the defaults, written by the recorder.
 *
 * @param weights absolute bound on a weight (float32 engines against a float64 reference round once per update)
 * @param state absolute bound on a state value kept in double (θ), or in float32 when the file says so
 */
public record GoldenTolerances(double weights, double state) {
    /** Weights live in [wMin, wMax] = [0, 1]; a float32 update rounds at 6e-8, thousands of them stay below this. */
    public static final double WEIGHT_TOLERANCE = 1e-5;
    /** θ is double in spiking4j and in Brian2. */
    public static final double STATE_TOLERANCE = 1e-9;

    public static GoldenTolerances defaults() {
        return new GoldenTolerances(WEIGHT_TOLERANCE, STATE_TOLERANCE);
    }
}
