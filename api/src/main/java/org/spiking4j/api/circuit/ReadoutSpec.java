package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** The readout that turns spikes into predictions, and its parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadoutSpec(String model, Map<String, Double> params) {
    /** The readout of circuits that name none: the classifier population's spike-count argmax. */
    public static final String DEFAULT_MODEL = "classifier-argmax";

    public ReadoutSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public ReadoutSpec withParams(Map<String, Double> newParams) {
        return new ReadoutSpec(model, newParams);
    }
}
