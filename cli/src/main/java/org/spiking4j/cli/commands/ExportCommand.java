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
import org.spiking4j.export.loihi.ExportFormat;
import org.spiking4j.export.loihi.ExportReport;
import org.spiking4j.export.loihi.ExportRequest;
import org.spiking4j.export.loihi.LoihiExporter;
import org.spiking4j.export.loihi.OnlineCircuitExporter;
import org.spiking4j.export.loihi.OnlineModel;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.training.TrainedOnlineModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Quantises a trained model to Loihi's fixed point, writes the Lava / netx / NIR files, and prints
 * the float engine's and the bit-accurate simulator's test accuracy side by side.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a trained model to Lava/Loihi (lava.h5 + loader), netx and NIR, and report what quantisation cost.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--format", defaultValue = ExportFormat.ALL, description = "lava, netx, nir or all (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, description = "Folder for the exported files.")
    Path out;

    @Option(names = "--force", description = "Overwrite exported files that already exist.")
    boolean force;

    @Option(names = "--test-limit", defaultValue = "0",
            description = "Compare accuracies on the first N test images only (0: all).")
    int testLimit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final TrainedModelServices services;

    @Inject
    public ExportCommand(TrainedModelServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Checkpoint checkpoint = services.read(modelOptions);
        CircuitDescription circuit = checkpoint.circuit();
        ExportRequest request = ExportRequest.to(out).withFormats(ExportFormat.parse(format)).withForce(force)
                .withWorkers(services.simulationOptions(circuit, modelOptions).effectiveThreads());
        TrainingProtocol protocol = services.registry().require(TrainingProtocol.class,
                ComponentKind.TRAINING_PROTOCOL, circuit.protocol().model());
        if (protocol instanceof OnlineProtocol online) {
            return exportOnline(online, checkpoint, request);
        }
        Backend backend = services.backend(circuit, modelOptions);
        LabeledDataset data = services.data(circuit, modelOptions);
        TrainedModelEvaluation floatModel = new TrainedModelEvaluation(services.registry(), checkpoint, backend,
                services.simulationOptions(circuit, modelOptions));
        request = request.withTestImages(data.test().head(testLimit), circuit.protocol().effectiveTestBatchSize())
                .withFloatAccuracy((images, batchSize) -> floatModel.evaluate(images, batchSize,
                        new TaskProgress(spec.commandLine().getErr()).batches("float model",
                                TrainedModelEvaluation.batches(images, batchSize))).accuracy());
        TaskProgress bitAccurate = new TaskProgress(spec.commandLine().getErr());
        ExportReport report;
        try {
            report = new LoihiExporter(bitAccurate.batches("bit-accurate model"))
                    .export(TrainedCircuit.of(circuit, checkpoint.state()), request);
        } finally {
            bitAccurate.finish();
        }
        spec.commandLine().getOut().println(report.toText());
        return 0;
    }

    /** A model of a protocol with its own driver (Diehl &amp; Cook): the float side is that driver, learning off. */
    private int exportOnline(OnlineProtocol protocol, Checkpoint checkpoint, ExportRequest request) {
        CircuitDescription circuit = checkpoint.circuit();
        LabeledDataset data = services.data(circuit, modelOptions);
        TaskProgress progress = new TaskProgress(spec.commandLine().getErr());
        ExportReport report;
        try (TrainedOnlineModel model = TrainedOnlineModel.open(services.registry(), protocol, checkpoint)) {
            OnlineModel exported = new OnlineModel(circuit, checkpoint.state(), model.session(), model.readout(),
                    data.train());
            report = new OnlineCircuitExporter(progress.batches("float and bit-accurate models"))
                    .export(exported, request.withTestImages(data.test().head(testLimit), 1));
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().println(report.toText());
        return 0;
    }
}
