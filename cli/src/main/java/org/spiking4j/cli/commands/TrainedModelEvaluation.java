package org.spiking4j.cli.commands;

import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.BatchListener;
import org.spiking4j.runtime.training.EvaluationResult;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.CircuitTraining;
import org.spiking4j.runtime.training.Evaluator;

/** Runs a checkpoint's model over test images on a backend (the evaluate and export commands share it). */
final class TrainedModelEvaluation {
    private final PluginRegistry registry;
    private final Checkpoint checkpoint;
    private final Backend backend;
    private final SimulationOptions options;

    TrainedModelEvaluation(PluginRegistry registry, Checkpoint checkpoint, Backend backend,
            SimulationOptions options) {
        this.registry = registry;
        this.checkpoint = checkpoint;
        this.backend = backend;
        this.options = options;
    }

    EvaluationResult evaluate(LabeledImages test, int batchSize) {
        try (Simulation simulation = backend.compile(checkpoint.circuit(), options)) {
            simulation.importState(checkpoint.state());
            CircuitTraining training = CircuitTraining.of(registry, checkpoint.circuit());
            training.restoreReadout(checkpoint.state());
            return new Evaluator(training).evaluate(simulation, test, batchSize, BatchListener.NONE);
        }
    }
}
