package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.cli.progress.TaskProgress;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.EvaluationResult;
import org.spiking4j.runtime.training.OnlineEvaluation;
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
        TrainingProtocol protocol = services.registry().require(TrainingProtocol.class,
                ComponentKind.TRAINING_PROTOCOL, circuit.protocol().model());
        if (protocol instanceof OnlineProtocol online) {
            return evaluateOnline(online, checkpoint);
        }
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

    /** A protocol with its own driver (the unsupervised STDP protocol): learning off, the checkpoint's readout. */
    private int evaluateOnline(OnlineProtocol protocol, Checkpoint checkpoint) {
        CircuitDescription circuit = checkpoint.circuit();
        LabeledDataset data = services.data(circuit, modelOptions);
        TaskProgress progress = new TaskProgress(spec.commandLine().getErr());
        progress.start("test set", data.test().count());
        OnlineEvaluation.Result result = new OnlineEvaluation(services.registry()).evaluate(protocol, checkpoint,
                data.test(), (done, total) -> progress.advance(done));
        progress.finish();
        var out = spec.commandLine().getOut();
        out.printf("%s on %s (%d test images, protocol %s on its own driver, learning off, readout from the "
                + "checkpoint): test accuracy %.2f%%, %.1f s%n", modelOptions.model, data.name(), data.test().count(),
                protocol.id(), 100 * result.accuracy(), result.seconds());
        if (!result.sameStartAsTraining()) {
            out.println("The checkpoint predates the saved test-start state, so the test began from the state after "
                    + "training's test rather than before it; the accuracy may differ slightly from train's.");
        }
        return 0;
    }
}
