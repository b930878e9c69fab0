package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** A projection-level constraint (e.g. {@code normalize-columns}) and its parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConstraintSpec(String model, Map<String, Double> params) {

    public ConstraintSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
