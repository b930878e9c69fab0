package org.spiking4j.api.readout;

import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;

/**
 * A readout: turns a batch's spikes into class predictions (e.g. {@code classifier-argmax}, the CSDP
 * classifier's spike-count argmax). Chosen by {@code protocol.readout} in the circuit.
 */
public interface ReadoutModel extends ComponentDescriptor {

    /**
     * @param parameters the readout's resolved parameters
     * @throws org.spiking4j.api.Spiking4jException naming what the circuit lacks for this readout
     */
    Readout create(CircuitDescription circuit, Map<String, Double> parameters);

    /**
     * Why this readout cannot work on a dataset of {@code classes} classes with this circuit (e.g. more
     * classes than the units it labels), checked before training starts; null when it can.
     */
    default String datasetProblem(CircuitDescription circuit, int classes) {
        return null;
    }

    @Override
    default ComponentKind kind() {
        return ComponentKind.READOUT;
    }
}
