package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plasticity rule of a projection and the signal that modulates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSpec(String model, String signal, Map<String, Double> params) {

    public RuleSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public RuleSpec withParams(Map<String, Double> newParams) {
        return new RuleSpec(model, signal, newParams);
    }
}
