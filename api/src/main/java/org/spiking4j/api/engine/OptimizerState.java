package org.spiking4j.api.engine;

import java.util.List;
import java.util.Map;

/**
 * An optimiser's checkpointed state: per plastic projection one array per {@link #stateKeys() key}
 * (e.g. Adam's {@code m} and {@code v}) and run-wide scalars (Adam's {@code step}), by short names;
 * the {@link StepDriver} names them in the checkpoint ({@link StateNames}).
 */
public interface OptimizerState {

    default List<String> stateKeys() {
        return List.of();
    }

    /** A copy of the projection's array under this key. */
    default float[] exportState(String projection, String key) {
        throw new IllegalStateException("No optimiser state '" + key + "'");
    }

    /** Replaces the projection's array under this key (its length already checked). */
    default void importState(String projection, String key, float[] values) {
    }

    default Map<String, Double> exportScalars() {
        return Map.of();
    }

    /** Restores the scalars present in the map; absent ones are left alone. */
    default void importScalars(Map<String, Double> scalars) {
    }
}
