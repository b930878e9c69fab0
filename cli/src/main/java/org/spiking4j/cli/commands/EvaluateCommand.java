package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures a trained model on the test set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a trained model's test accuracy and reconstruction error.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "Model directory written by train.")
    Path model;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    DataOptions dataOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final BackendSelector backends;
    private final DatasetLoader datasets;

    @Inject
    public EvaluateCommand(PluginRegistry registry, ModelDirectory models, BackendSelector backends,
            DatasetLoader datasets) {
        this.registry = registry;
        this.models = models;
        this.backends = backends;
        this.datasets = datasets;
    }

    @Override
    public Integer call() {
        Checkpoint checkpoint = models.read(model);
        CircuitDescription circuit = checkpoint.circuit();
        Backend backend = backends.select(backendOptions.backendId(circuit.backend()));
        LabeledDataset data = datasets.load(circuit, dataOptions.dataset, dataOptions.folder);
        EvaluationResult result = new TrainedModelEvaluation(registry, checkpoint, backend,
                backendOptions.simulationOptions(circuit.backend()))
                .evaluate(data.test(), circuit.protocol().effectiveTestBatchSize());
        spec.commandLine().getOut().printf("%s on %s (%d test images, %s backend): test accuracy %.2f%%, "
                + "reconstruction MSE %.2f, %.1f s%n", model, data.name(), data.test().count(), backend.id(),
                100 * result.accuracy(), result.reconstructionMse(), result.seconds());
        return 0;
    }
}
