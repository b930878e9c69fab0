package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.cli.progress.TaskProgress;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures a trained model on the test set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a trained model's test accuracy and reconstruction error.")
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final TrainedModelServices services;

    @Inject
    public EvaluateCommand(TrainedModelServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Checkpoint checkpoint = services.read(modelOptions);
        CircuitDescription circuit = checkpoint.circuit();
        Backend backend = services.backend(circuit, modelOptions);
        LabeledDataset data = services.data(circuit, modelOptions);
        int batchSize = circuit.protocol().effectiveTestBatchSize();
        TaskProgress progress = new TaskProgress(spec.commandLine().getErr());
        EvaluationResult result = new TrainedModelEvaluation(services.registry(), checkpoint, backend,
                services.simulationOptions(circuit, modelOptions)).evaluate(data.test(), batchSize,
                progress.batches("test set", TrainedModelEvaluation.batches(data.test(), batchSize)));
        progress.finish();
        spec.commandLine().getOut().printf("%s on %s (%d test images, %s backend): test accuracy %.2f%%, "
                + "reconstruction MSE %.2f, %.1f s%n", modelOptions.model, data.name(), data.test().count(), backend.id(),
                100 * result.accuracy(), result.reconstructionMse(), result.seconds());
        return 0;
    }
}
