package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readout that turns spikes into predictions, its parameters, and for readouts that read a
 * named population (e.g. {@code label-assignment}) that population and named choices
 * ({@code options}, e.g. {@code vote: mean}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadoutSpec(String model, Map<String, Double> params, String population, Map<String, String> options) {
    /** The readout of circuits that name none: the classifier population's spike-count argmax. */
    public static final String DEFAULT_MODEL = "classifier-argmax";

    public ReadoutSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        options = options == null || options.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public ReadoutSpec(String model, Map<String, Double> params) {
        this(model, params, null, null);
    }

    public ReadoutSpec withParams(Map<String, Double> newParams) {
        return new ReadoutSpec(model, newParams, population, options);
    }

    /** The named choice, or {@code fallback} when the readout does not give it. */
    public String option(String name, String fallback) {
        return options == null ? fallback : options.getOrDefault(name, fallback);
    }
}
