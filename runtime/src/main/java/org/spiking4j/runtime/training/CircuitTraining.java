package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.engine.StateNames;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * A circuit's protocol and readout, looked up once for the trainer, the evaluator, the bench and the
 * export's accuracy.
 *
 * @param readout null when the circuit names no readout and has nothing the default one reads (no
 *     classifier population): accuracy is then not measured
 */
public record CircuitTraining(TrainingProtocol protocol, ProtocolContext context, Readout readout) {

    /** The simulation's state plus the readout's (what it learnt from the training set), for a checkpoint. */
    public SimulationState withReadoutState(SimulationState simulation) {
        if (readout == null) {
            return simulation;
        }
        Map<String, float[]> arrays = new LinkedHashMap<>(simulation.arrays());
        readout.exportState().forEach((key, values) -> arrays.put(StateNames.READOUT_PREFIX + key, values));
        return new SimulationState(arrays, simulation.scalars());
    }

    /** Whether the readout has state a checkpoint carries (classifier-argmax has none). */
    public boolean readoutHasState() {
        return readout != null && !readout.exportState().isEmpty();
    }

    /** Restores the readout's state from a checkpoint's (arrays without the readout prefix are ignored). */
    public void restoreReadout(SimulationState checkpoint) {
        if (readout == null) {
            return;
        }
        Map<String, float[]> own = new LinkedHashMap<>();
        checkpoint.arrays().forEach((name, values) -> {
            if (name.startsWith(StateNames.READOUT_PREFIX)) {
                own.put(name.substring(StateNames.READOUT_PREFIX.length()), values);
            }
        });
        readout.importState(own);
    }

    public static CircuitTraining of(PluginRegistry registry, CircuitDescription circuit) {
        ProtocolSpec spec = circuit.protocol();
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                spec.model());
        ProtocolContext context = new ProtocolContext(circuit, spec,
                new CounterRandom(circuit.seed(), RandomStream.NEGATIVES));
        ReadoutSpec readout = spec.effectiveReadout();
        boolean nothingToRead = spec.readout() == null && circuit.populationWithRole(PopulationRole.CLASSIFIER) == null;
        return new CircuitTraining(protocol, context, nothingToRead ? null
                : registry.require(ReadoutModel.class, ComponentKind.READOUT, readout.model())
                        .create(circuit, readout.params()));
    }
}
