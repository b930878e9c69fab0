package org.spiking4j.api.component;

import java.util.List;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * A component that can tell, before anything runs, whether the way a circuit uses it can work
 * (e.g. STDP needs traces on both populations). {@code spiking4j validate} and every command that
 * reads a circuit report the problems with the file, line and column of {@code path}.
 */
public interface UsageCheck {

    /**
     * @param path where the component is used, as YAML keys (e.g. projections, W1, rule)
     * @return one problem per thing to change; empty when the use is fine
     */
    List<Problem> problems(CircuitDescription circuit, List<String> path);

    /** One problem at a YAML path, in a sentence that says what to change. */
    record Problem(List<String> path, String message) {
    }
}
