package org.spiking4j.export.loihi;

import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.readout.Readout;

/**
 * What the export needs of a model trained by an online protocol.
 *
 * @param state the checkpoint's state (weights, θ)
 * @param floatModel the protocol's session with that state imported, presented to with learning off
 * @param readout the readout fitted after the last pass
 * @param calibrationImages training images whose per-step inputs set the fixed-point ranges
 */
public record OnlineModel(CircuitDescription circuit, SimulationState state, OnlineTraining floatModel,
        Readout readout, LabeledImages calibrationImages) {
}
