package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readout that turns a sample's spikes into a prediction (e.g. {@code label-assignment}), the
 * population it reads, its numeric parameters and its named choices (e.g. {@code vote: mean}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadoutSpec(String model, String population, Map<String, Double> params, Map<String, String> options) {

    public ReadoutSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        options = options == null || options.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The named choice, or {@code fallback} when the readout does not give it. */
    public String option(String name, String fallback) {
        return options == null ? fallback : options.getOrDefault(name, fallback);
    }
}
