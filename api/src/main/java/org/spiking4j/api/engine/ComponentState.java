package org.spiking4j.api.engine;

import java.util.Map;

/**
 * State a neuron or rule kernel keeps beyond one batch and that a checkpoint must carry (e.g. the
 * sLIF's initial thresholds, an adaptive threshold θ), by the component's own short names. The
 * {@link StepDriver} prefixes them ({@link StateNames}); kernels never see the checkpoint's names.
 */
public interface ComponentState {

    default Map<String, float[]> exportState() {
        return Map.of();
    }

    /** Restores what {@link #exportState()} gave; names absent are left alone. */
    default void importState(Map<String, float[]> state) {
    }
}
