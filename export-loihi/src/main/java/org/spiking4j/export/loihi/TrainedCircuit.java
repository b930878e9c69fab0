package org.spiking4j.export.loihi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.engine.StateNames;
import org.spiking4j.api.engine.builtin.SlifParameters;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProjectionSpec;

/**
 * What the exporter needs of a trained model: the resolved circuit, every projection's weights
 * ((pre, post) row-major, as weights.npz stores them) and each sLIF population's initial
 * (jittered) thresholds, one per unit.
 */
public record TrainedCircuit(CircuitDescription circuit, Map<String, float[]> weights,
        Map<String, float[]> initialThresholds) {

    public TrainedCircuit {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        initialThresholds = Collections.unmodifiableMap(new LinkedHashMap<>(initialThresholds));
        validate(circuit, weights, initialThresholds);
    }

    /** Picks the weights and initial thresholds out of a checkpoint's state (other arrays are ignored). */
    public static TrainedCircuit of(CircuitDescription circuit, SimulationState state) {
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (String projection : circuit.projections().keySet()) {
            float[] values = state.arrays().get(projection);
            if (values != null) {
                weights.put(projection, values);
            }
        }
        Map<String, float[]> thresholds = new LinkedHashMap<>();
        for (String population : circuit.populations().keySet()) {
            float[] values = state.arrays().get(thresholdKey(population));
            if (values != null) {
                thresholds.put(population, values);
            }
        }
        return new TrainedCircuit(circuit, weights, thresholds);
    }

    /** How a simulation's state names a population's initial thresholds: {@code thr0/<population>/thr0}. */
    public static String thresholdKey(String population) {
        return StateNames.neuronPrefix(population) + SlifParameters.INITIAL_THRESHOLDS;
    }

    public float[] weightsOf(String projection) {
        return weights.get(projection);
    }

    private static void validate(CircuitDescription circuit, Map<String, float[]> weights,
            Map<String, float[]> thresholds) {
        for (Map.Entry<String, ProjectionSpec> entry : circuit.projections().entrySet()) {
            ProjectionSpec spec = entry.getValue();
            long expected = (long) circuit.population(spec.from()).size() * circuit.population(spec.to()).size();
            float[] values = weights.get(entry.getKey());
            if (values == null) {
                throw new Spiking4jException("The trained model has no weights for projection '" + entry.getKey()
                        + "' (" + spec.from() + "→" + spec.to() + "); it does not belong to circuit '"
                        + circuit.name() + "'. Export the model directory that training wrote.");
            }
            if (values.length != expected) {
                throw new Spiking4jException("The weights of projection '" + entry.getKey() + "' hold " + values.length
                        + " values, but " + spec.from() + "→" + spec.to() + " needs " + expected
                        + "; the weights do not belong to circuit '" + circuit.name() + "'.");
            }
        }
        thresholds.forEach((population, values) -> {
            int size = circuit.population(population).size();
            if (values.length != size) {
                throw new Spiking4jException("The initial thresholds of population '" + population + "' hold "
                        + values.length + " values but the population has " + size
                        + " units; the model state does not belong to circuit '" + circuit.name() + "'.");
            }
        });
    }
}
