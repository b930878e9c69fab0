package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;

/**
 * A whole circuit as data: populations, signals, projections, optimiser and training protocol.
 * Map order is meaningful: projections into one population are summed in the order written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "name", "seed", "time", "populations", "signals", "projections",
        "optimizer", "protocol", "data", "backend"})
public record CircuitDescription(
        String apiVersion,
        String name,
        Long seed,
        TimeSpec time,
        Map<String, PopulationSpec> populations,
        Map<String, SignalSpec> signals,
        Map<String, ProjectionSpec> projections,
        OptimizerSpec optimizer,
        ProtocolSpec protocol,
        DataSpec data,
        BackendSpec backend) {

    public static final String API_VERSION = "spiking4j/v1";

    public CircuitDescription {
        populations = populations == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(populations));
        signals = signals == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        projections = projections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projections));
    }

    public PopulationSpec population(String populationName) {
        PopulationSpec spec = populations.get(populationName);
        if (spec == null) {
            throw new Spiking4jException("Circuit '" + name + "' has no population '" + populationName
                    + "'; it has " + populations.keySet() + ".");
        }
        return spec;
    }

    /** The name of the first population with this role, or null. */
    public String populationWithRole(PopulationRole role) {
        for (Map.Entry<String, PopulationSpec> entry : populations.entrySet()) {
            if (entry.getValue().effectiveRole() == role) {
                return entry.getKey();
            }
        }
        return null;
    }

    public CircuitDescription withSeed(long newSeed) {
        return new CircuitDescription(apiVersion, name, newSeed, time, populations, signals, projections,
                optimizer, protocol, data, backend);
    }

    public CircuitDescription withProtocol(ProtocolSpec newProtocol) {
        return new CircuitDescription(apiVersion, name, seed, time, populations, signals, projections,
                optimizer, newProtocol, data, backend);
    }

    public CircuitDescription withOptimizer(OptimizerSpec newOptimizer) {
        return new CircuitDescription(apiVersion, name, seed, time, populations, signals, projections,
                newOptimizer, protocol, data, backend);
    }

    public CircuitDescription withProjections(Map<String, ProjectionSpec> newProjections) {
        return new CircuitDescription(apiVersion, name, seed, time, populations, signals, newProjections,
                optimizer, protocol, data, backend);
    }

    public CircuitDescription withPopulations(Map<String, PopulationSpec> newPopulations) {
        return new CircuitDescription(apiVersion, name, seed, time, newPopulations, signals, projections,
                optimizer, protocol, data, backend);
    }

    public CircuitDescription withData(DataSpec newData) {
        return new CircuitDescription(apiVersion, name, seed, time, populations, signals, projections,
                optimizer, protocol, newData, backend);
    }

    public CircuitDescription withBackend(BackendSpec newBackend) {
        return new CircuitDescription(apiVersion, name, seed, time, populations, signals, projections,
                optimizer, protocol, data, newBackend);
    }
}
