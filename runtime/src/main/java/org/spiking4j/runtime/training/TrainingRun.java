package org.spiking4j.runtime.training;

import java.nio.file.Path;
import java.util.List;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * One training run from a fresh start or a checkpoint: compile the circuit on the backend, restore
 * the checkpoint's state, train to the last epoch. {@code spiking4j train} and every trial of a
 * sweep go through here, so a trial trains exactly as the command would.
 */
public final class TrainingRun {
    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final TrainingListener listener;
    private final StopSignal stop;

    public TrainingRun(PluginRegistry registry, ModelDirectory models, TrainingListener listener, StopSignal stop) {
        this.registry = registry;
        this.models = models;
        this.listener = listener;
        this.stop = stop;
    }

    /**
     * @param checkpoint      the checkpoint to continue, or null for a fresh start
     * @param checkpointEvery also checkpoint after every this many batches (0: only per epoch)
     */
    public TrainingOutcome train(Backend backend, SimulationOptions options, CircuitDescription circuit,
            Checkpoint checkpoint, LabeledDataset data, Path folder, int checkpointEvery) {
        TrainingProgress start = checkpoint != null ? checkpoint.progress() : TrainingProgress.start();
        List<EpochMetrics> earlier = checkpoint != null ? checkpoint.metrics() : List.of();
        try (Simulation simulation = backend.compile(circuit, options)) {
            if (checkpoint != null) {
                simulation.importState(checkpoint.state());
            }
            // From here a stop request is answered with a checkpoint; the answer comes however training ends.
            stop.trainingStarted();
            try {
                return new Trainer(registry, models, listener, stop).train(simulation, data, folder, start, earlier,
                        checkpointEvery);
            } finally {
                stop.acknowledge();
            }
        }
    }
}
