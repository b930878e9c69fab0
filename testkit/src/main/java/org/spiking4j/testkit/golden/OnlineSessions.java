package org.spiking4j.testkit.golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.runtime.circuit.CircuitLoader;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.circuit.CircuitValidator;
import org.spiking4j.runtime.circuit.ParsedCircuit;
import org.spiking4j.runtime.io.DType;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Opens a golden file's circuit with its online protocol on a backend, and moves state between the
 * file's named arrays and the session's. A float64 array {@code NAME} is the session's exact scalars
 * {@code NAME/<index>} (θ) and, rounded, its float32 array {@code NAME}; a float32 array is the array.
 */
final class OnlineSessions {
    private final PluginRegistry registry;

    OnlineSessions(PluginRegistry registry) {
        this.registry = registry;
    }

    CircuitDescription circuit(String yaml, String source) {
        ParsedCircuit parsed = new CircuitLoader().parseWithLocations(yaml, source + " (circuit.yaml)");
        new CircuitValidator(registry).validate(parsed);
        return new CircuitResolver(registry).resolve(parsed.circuit());
    }

    OnlineTraining open(CircuitDescription circuit, String backend, String source) {
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                circuit.protocol().model());
        if (!(protocol instanceof OnlineProtocol online)) {
            throw new Spiking4jException(source + ": circuit '" + circuit.name() + "' uses the batch protocol '"
                    + protocol.id() + "'; version 1 of the circuit golden format covers online protocols (such as "
                    + "'unsupervised'). Check CSDP circuits with the shared/oracle format (oracle check on its .npz).");
        }
        if (!online.backends().contains(backend)) {
            throw new Spiking4jException("Backend '" + backend + "' has no kernels for " + components(circuit)
                    + " (protocol '" + protocol.id() + "' runs on " + String.join(", ", online.backends())
                    + "), so it cannot replay " + source + ". Use --backend " + online.backends().iterator().next()
                    + ".");
        }
        return online.open(circuit, 1);
    }

    /** The neuron models and rules of the circuit, for the missing-kernel message. */
    private static String components(CircuitDescription circuit) {
        Set<String> names = new LinkedHashSet<>();
        for (PopulationSpec population : circuit.populations().values()) {
            names.add("neuron model '" + population.model() + "'");
        }
        for (ProjectionSpec projection : circuit.projections().values()) {
            if (projection.rule() != null) {
                names.add("rule '" + projection.rule().model() + "'");
            }
        }
        return String.join(", ", names);
    }

    static SimulationState imported(SimulationState defaults, Map<String, NdArray> initial) {
        Map<String, float[]> arrays = new LinkedHashMap<>(defaults.arrays());
        Map<String, Double> scalars = new LinkedHashMap<>(defaults.scalars());
        initial.forEach((name, values) -> {
            arrays.put(name, values.asFloats());
            if (values.dtype() == DType.FLOAT64) {
                double[] exact = values.asDoubles();
                for (int index = 0; index < exact.length; index++) {
                    scalars.put(name + "/" + index, exact[index]);
                }
            }
        });
        return new SimulationState(arrays, scalars);
    }

    /** The named state as the file stores it: float64 where the session keeps exact scalars. */
    static Map<String, NdArray> exported(SimulationState state, List<String> names) {
        Map<String, NdArray> found = new LinkedHashMap<>();
        for (String name : names) {
            double[] exact = exactScalars(state, name);
            float[] array = state.arrays().get(name);
            if (exact != null) {
                found.put(name, NdArray.ofDoubles(exact, exact.length));
            } else if (array != null) {
                found.put(name, NdArray.ofFloats(array, array.length));
            }
        }
        return found;
    }

    /** The exact scalars {@code NAME/0 ..} of an array, or null when the session keeps none. */
    static double[] exactScalars(SimulationState state, String name) {
        List<Double> values = new ArrayList<>();
        for (int index = 0; ; index++) {
            Double value = state.scalars().get(name + "/" + index);
            if (value == null) {
                break;
            }
            values.add(value);
        }
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
