package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** The optimiser that turns every rule's update into a weight change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OptimizerSpec(String model, Map<String, Double> params) {

    public OptimizerSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public OptimizerSpec withParams(Map<String, Double> newParams) {
        return new OptimizerSpec(model, newParams);
    }
}
