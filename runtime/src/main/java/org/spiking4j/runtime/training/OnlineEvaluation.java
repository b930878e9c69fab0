package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Evaluates a model trained by an {@link OnlineProtocol} through the protocol's own driver, learning
 * off: the checkpoint's weights and frozen adaptive thresholds, the readout fitted after the last pass,
 * the test images with the input-spike stream of that pass's test, started from the state the test
 * started from in training, so the accuracy is the one {@code train} printed.
 */
public final class OnlineEvaluation {
    private final PluginRegistry registry;

    public OnlineEvaluation(PluginRegistry registry) {
        this.registry = registry;
    }

    /** What the evaluation found and whether it could start from training's own test state. */
    public record Result(double accuracy, double seconds, boolean sameStartAsTraining) {
    }

    public Result evaluate(OnlineProtocol protocol, Checkpoint checkpoint, LabeledImages test, SampleProgress progress) {
        CircuitDescription circuit = checkpoint.circuit();
        int passes = checkpoint.progress().epoch();
        if (passes == 0) {
            throw new Spiking4jException("The model of circuit '" + circuit.name() + "' has finished no pass, so its "
                    + "readout has labelled no neuron yet; train at least one pass (or resume it) before evaluating.");
        }
        ReadoutSpec readoutSpec = circuit.protocol().readout();
        ReadoutModel readoutModel = registry.require(ReadoutModel.class, ComponentKind.READOUT, readoutSpec.model());
        Readout readout = readoutModel.create(circuit, readoutSpec.params());
        SimulationState state = checkpoint.state();
        readout.importState(withoutPrefix(state.arrays(), OnlineTrainer.READOUT_PREFIX));
        Map<String, Double> testStart = withoutPrefix(state.scalars(), OnlineTrainer.TEST_START_PREFIX);
        long began = System.nanoTime();
        try (OnlineTraining session = protocol.open(circuit, 1)) {
            session.importState(state);
            if (!testStart.isEmpty()) {
                session.importState(new SimulationState(state.arrays(), testStart));
            }
            float[] counts = session.spikeCounts(test, OnlineTrainer.TEST_STREAM + passes - 1, progress);
            int[] predictions = readout.predict(OnlineTrainer.counts(readoutSpec, counts), test.count());
            return new Result(OnlineTrainer.accuracy(predictions, test), (System.nanoTime() - began) / 1e9,
                    !testStart.isEmpty());
        }
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
