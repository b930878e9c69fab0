package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** A population: its neuron model, size, role, model parameters and optional trace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PopulationSpec(String model, int size, PopulationRole role, Map<String, Double> params, TraceSpec trace) {

    public PopulationSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public PopulationRole effectiveRole() {
        return role == null ? PopulationRole.HIDDEN : role;
    }

    public PopulationSpec withParams(Map<String, Double> newParams) {
        return new PopulationSpec(model, size, role, newParams, trace);
    }
}
