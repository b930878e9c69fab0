package org.spiking4j.runtime.circuit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.OptimizerSpec;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Fills in every parameter a circuit leaves out: the descriptor's default, or for {@code eta} and
 * {@code wDecay} the batch-size rule. The result is what a model directory's circuit.yaml records,
 * so a run can be repeated from it alone.
 */
public final class CircuitResolver {
    public static final String LEARNING_RATE = "eta";
    public static final String WEIGHT_DECAY = "wDecay";
    private static final long DEFAULT_SEED = 1234L;

    private final PluginRegistry registry;

    public CircuitResolver(PluginRegistry registry) {
        this.registry = registry;
    }

    public CircuitDescription resolve(CircuitDescription circuit) {
        int batchSize = circuit.protocol() == null || circuit.protocol().batchSize() == null ? 1
                : circuit.protocol().batchSize();
        BatchSizeLearningRate derived = BatchSizeLearningRate.forBatchSize(batchSize);
        Map<String, Double> derivedValues = Map.of(LEARNING_RATE, derived.eta(), WEIGHT_DECAY, derived.weightDecay());

        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        circuit.populations().forEach((name, spec) -> populations.put(name,
                spec.withParams(fill(ComponentKind.NEURON_MODEL, spec.model(), spec.params(), derivedValues))));
        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        circuit.signals().forEach((name, spec) -> signals.put(name,
                spec.withParams(fill(ComponentKind.SIGNAL_MODEL, spec.model(), spec.params(), derivedValues))));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        circuit.projections().forEach((name, spec) -> projections.put(name, spec.rule() == null ? spec
                : spec.withRule(spec.rule().withParams(
                        fill(ComponentKind.PLASTICITY_RULE, spec.rule().model(), spec.rule().params(), derivedValues)))));
        OptimizerSpec optimizer = circuit.optimizer() == null ? null : circuit.optimizer().withParams(
                fill(ComponentKind.OPTIMIZER, circuit.optimizer().model(), circuit.optimizer().params(), derivedValues));

        ProtocolSpec protocol = circuit.protocol() == null || circuit.protocol().readout() == null ? circuit.protocol()
                : circuit.protocol().withReadout(circuit.protocol().readout().withParams(fill(ComponentKind.READOUT,
                        circuit.protocol().readout().model(), circuit.protocol().readout().params(), derivedValues)));
        CircuitDescription resolved = new CircuitDescription(
                circuit.apiVersion() == null ? CircuitDescription.API_VERSION : circuit.apiVersion(),
                circuit.name(), circuit.seed() == null ? DEFAULT_SEED : circuit.seed(), circuit.time(), populations,
                signals, projections, optimizer, protocol, circuit.data(), circuit.backend());
        return resolved;
    }

    private Map<String, Double> fill(ComponentKind kind, String id, Map<String, Double> given,
            Map<String, Double> derivedValues) {
        if (!registry.has(kind, id)) {
            return given;
        }
        ComponentDescriptor descriptor = registry.require(ComponentDescriptor.class, kind, id);
        Map<String, Double> filled = new LinkedHashMap<>();
        List<ParameterSpec> declared = descriptor.parameters();
        for (ParameterSpec parameter : declared) {
            Double value = given.get(parameter.name());
            if (value == null) {
                value = parameter.hasDefault() ? Double.valueOf(parameter.defaultValue())
                        : derivedValues.get(parameter.name());
            }
            if (value != null) {
                filled.put(parameter.name(), value);
            }
        }
        given.forEach(filled::putIfAbsent);
        return filled;
    }
}
