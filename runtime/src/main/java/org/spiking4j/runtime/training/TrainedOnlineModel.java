package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * A checkpoint of an {@link OnlineProtocol} opened for inference: the protocol's session with the
 * checkpoint's weights, θ and state, and the readout fitted after the last completed pass. Close it
 * to release the session (and any device memory its driver holds).
 *
 * @param testStart the scalars (v, gates, traces) the last pass's test started from; empty for
 *     checkpoints written before they were saved
 */
public record TrainedOnlineModel(CircuitDescription circuit, OnlineTraining session, Readout readout,
        ReadoutSpec readoutSpec, int passes, SimulationState state, Map<String, Double> testStart)
        implements AutoCloseable {

    public static TrainedOnlineModel open(PluginRegistry registry, OnlineProtocol protocol, Checkpoint checkpoint) {
        CircuitDescription circuit = checkpoint.circuit();
        int passes = checkpoint.progress().epoch();
        if (passes == 0) {
            throw new Spiking4jException("The model of circuit '" + circuit.name() + "' has finished no pass, so its "
                    + "readout has labelled no neuron yet; train at least one pass (or resume it) first.");
        }
        ReadoutSpec readoutSpec = circuit.protocol().readout();
        ReadoutModel readoutModel = registry.require(ReadoutModel.class, ComponentKind.READOUT, readoutSpec.model());
        Readout readout = readoutModel.create(circuit, readoutSpec.params());
        SimulationState state = checkpoint.state();
        readout.importState(withoutPrefix(state.arrays(), OnlineTrainer.READOUT_PREFIX));
        Map<String, Double> testStart = withoutPrefix(state.scalars(), OnlineTrainer.TEST_START_PREFIX);
        OnlineTraining session = protocol.open(circuit, 1);
        session.importState(state);
        return new TrainedOnlineModel(circuit, session, readout, readoutSpec, passes, state, Map.copyOf(testStart));
    }

    @Override
    public void close() {
        session.close();
    }

    private static <V> Map<String, V> withoutPrefix(Map<String, V> entries, String prefix) {
        Map<String, V> stripped = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                stripped.put(key.substring(prefix.length()), value);
            }
        });
        return stripped;
    }
}
