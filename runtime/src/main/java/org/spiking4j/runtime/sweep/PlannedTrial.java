package org.spiking4j.runtime.sweep;

import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * One validated trial: its id (also its folder's name), the index of its setting, the overrides
 * of that setting in file order, its seed, and the fully resolved circuit it trains.
 */
public record PlannedTrial(String id, int setting, Map<String, Object> overrides, long seed,
        CircuitDescription circuit) {

    public PlannedTrial {
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }

    /** The overrides as one line, "(base circuit)" when there are none. */
    public String settingLabel() {
        return SweepPlan.label(overrides);
    }
}
