package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-population signal computed every step, read by plasticity rules. {@code target} and
 * {@code estimate} are used by error signals: the target population's spikes minus the estimate
 * ("trace" or "spikes") of {@code population}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalSpec(String model, String population, String target, String estimate, Map<String, Double> params) {

    public SignalSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public SignalSpec withParams(Map<String, Double> newParams) {
        return new SignalSpec(model, population, target, estimate, newParams);
    }
}
