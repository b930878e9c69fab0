package org.spiking4j.api.engine.builtin;

import java.util.List;
import java.util.Map;
import org.spiking4j.api.engine.OptimizerState;

/** What every engine's Adam kernel exports the same way: the moment keys and the step counter. */
public interface AdamState extends OptimizerState {

    AdamSchedule schedule();

    @Override
    default List<String> stateKeys() {
        return AdamParameters.STATE_KEYS;
    }

    @Override
    default Map<String, Double> exportScalars() {
        return schedule().exportScalars();
    }

    @Override
    default void importScalars(Map<String, Double> scalars) {
        schedule().importScalars(scalars);
    }
}
