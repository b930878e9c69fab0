package org.spiking4j.api.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;

/** Names every component of a circuit for which a backend has no kernel, so compiling fails once, completely. */
public final class MissingKernels {

    private MissingKernels() {
    }

    /**
     * @param remedy what the user can do, appended to the message
     * @throws Spiking4jException listing each component without a kernel
     */
    public static void requireAll(String backendId, CircuitDescription circuit, Predicate<String> neurons,
            Predicate<String> signals, Predicate<String> rules, Predicate<String> optimizers, String remedy) {
        List<String> missing = new ArrayList<>();
        circuit.populations().forEach((name, spec) -> {
            if (!neurons.test(spec.model())) {
                missing.add("neuron model '" + spec.model() + "' (population " + name + ")");
            }
        });
        circuit.signals().forEach((name, spec) -> {
            if (!signals.test(spec.model())) {
                missing.add("signal '" + spec.model() + "' (" + name + ")");
            }
        });
        circuit.projections().forEach((name, spec) -> {
            if (spec.rule() != null && !rules.test(spec.rule().model())) {
                missing.add("plasticity rule '" + spec.rule().model() + "' (projection " + name + ")");
            }
        });
        if (circuit.optimizer() != null && !optimizers.test(circuit.optimizer().model())) {
            missing.add("optimiser '" + circuit.optimizer().model() + "'");
        }
        if (!missing.isEmpty()) {
            throw new Spiking4jException("The " + backendId + " backend has no kernel for " + String.join(", ", missing)
                    + ". " + remedy);
        }
    }
}
