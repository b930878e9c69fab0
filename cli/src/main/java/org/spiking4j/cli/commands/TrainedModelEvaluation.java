package org.spiking4j.cli.commands;

import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.BatchListener;
import org.spiking4j.runtime.training.EvaluationResult;
import org.spiking4j.runtime.training.Evaluator;

/** Runs a checkpoint's model over test images on a backend (the evaluate and export commands share it). */
final class TrainedModelEvaluation {
    private final Checkpoint checkpoint;
    private final Backend backend;
    private final SimulationOptions options;

    TrainedModelEvaluation(Checkpoint checkpoint, Backend backend, SimulationOptions options) {
        this.checkpoint = checkpoint;
        this.backend = backend;
        this.options = options;
    }

    EvaluationResult evaluate(LabeledImages test, int batchSize) {
        return evaluate(test, batchSize, BatchListener.NONE);
    }

    EvaluationResult evaluate(LabeledImages test, int batchSize, BatchListener listener) {
        try (Simulation simulation = backend.compile(checkpoint.circuit(), options)) {
            simulation.importState(checkpoint.state());
            return new Evaluator().evaluate(simulation, test, batchSize, listener);
        }
    }

    /** Test batches of this size over these images (for progress bars). */
    static int batches(LabeledImages test, int batchSize) {
        return (test.count() + batchSize - 1) / batchSize;
    }
}
