package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plasticity rule of a projection, the signal that modulates it (if any), its numeric
 * parameters and its named choices ({@code options}, e.g. STDP's {@code traceMode: set}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSpec(String model, String signal, Map<String, Double> params, Map<String, String> options) {

    public RuleSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        options = options == null || options.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public RuleSpec(String model, String signal, Map<String, Double> params) {
        this(model, signal, params, null);
    }

    /** The named choice, or {@code fallback} when the rule does not give it. */
    public String option(String name, String fallback) {
        return options == null ? fallback : options.getOrDefault(name, fallback);
    }

    public RuleSpec withParams(Map<String, Double> newParams) {
        return new RuleSpec(model, signal, newParams, options);
    }
}
