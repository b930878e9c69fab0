package org.spiking4j.api.engine;

/**
 * The names under which a simulation's state is exported, and so the checkpoint's ({@code state.npz},
 * {@code weights.npz}) array names, the same on every engine: weights by projection name, neuron and
 * rule state as {@code thr0/<population>/<key>} and {@code rule/<projection>/<key>}, optimiser state
 * as {@code <optimiser>.<key>/<projection>} and {@code <optimiser>.<key>} (e.g. {@code adam.m/W1},
 * {@code adam.step}); the trainer adds a readout's state as {@code readout/<key>}. {@code thr0/} is the name checkpoints have used since format 1 for any neuron
 * state, kept so that they still load.
 */
public final class StateNames {
    public static final String NEURON_PREFIX = "thr0/";
    public static final String RULE_PREFIX = "rule/";
    public static final String READOUT_PREFIX = "readout/";

    private StateNames() {
    }

    public static String neuronPrefix(String population) {
        return NEURON_PREFIX + population + "/";
    }

    public static String rulePrefix(String projection) {
        return RULE_PREFIX + projection + "/";
    }

    public static String optimizerArray(String optimizer, String key, String projection) {
        return optimizerScalar(optimizer, key) + "/" + projection;
    }

    public static String optimizerScalar(String optimizer, String key) {
        return optimizer + "." + key;
    }
}
