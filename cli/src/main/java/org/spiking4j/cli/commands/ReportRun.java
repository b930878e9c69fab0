package org.spiking4j.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.cli.progress.TaskProgress;
import org.spiking4j.report.ModelReport;
import org.spiking4j.report.ReportChecks;
import org.spiking4j.report.ReportInputs;
import org.spiking4j.report.ReportOptions;
import org.spiking4j.report.ReportSummary;
import org.spiking4j.report.figure.EmbeddingFigure;
import org.spiking4j.report.figure.Figure;
import org.spiking4j.report.record.CircuitRecorder;
import org.spiking4j.report.record.OnlineRecorder;
import org.spiking4j.report.record.TestSetRecorder;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginRegistry;

/** Writes a model's report with progress on stderr and a summary on stdout (the report and train commands share it). */
final class ReportRun {
    private final PluginRegistry registry;
    private final Backend backend;
    private final SimulationOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    ReportRun(PluginRegistry registry, Backend backend, SimulationOptions options, PrintWriter out, PrintWriter err) {
        this.registry = registry;
        this.backend = backend;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** train --report: the finished model's report in MODEL/report, replacing an earlier one (a resumed run's). */
    ReportSummary afterTraining(ModelDirectory models, Path modelFolder, LabeledDataset data) {
        Checkpoint checkpoint = models.read(modelFolder);
        ReportChecks.requireHiddenPopulation(checkpoint.circuit(), modelFolder);
        return write(modelFolder, checkpoint, data, new ReportOptions(modelFolder.resolve(ReportOptions.DEFAULT_FOLDER),
                ReportOptions.DEFAULT_SAMPLES, true, null));
    }

    /** A protocol with its own driver (STDP's unsupervised one) is recorded through that driver. */
    private TestSetRecorder recorder(Checkpoint checkpoint) {
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                checkpoint.circuit().protocol().model());
        return protocol instanceof OnlineProtocol online ? new OnlineRecorder(registry, online)
                : new CircuitRecorder(registry, backend, options);
    }

    ReportSummary write(Path modelFolder, Checkpoint checkpoint, LabeledDataset data, ReportOptions reportOptions) {
        ReportInputs inputs = new ReportInputs(modelFolder, checkpoint, data.name(), data.test(), backend.id(),
                recorder(checkpoint));
        TaskProgress progress = new TaskProgress(err);
        ReportSummary summary;
        try {
            summary = new ModelReport().write(inputs, reportOptions, progress);
        } finally {
            progress.finish();
        }
        long omitted = summary.figures().stream().filter(Figure::isOmitted).count();
        var separation = summary.separation();
        String embedding = Double.isNaN(separation.embeddingAccuracy()) ? "no embedding (see the page)"
                : String.format(Locale.ROOT, "%d-NN accuracy in the 2-D t-SNE of %d test images %.2f%% (in %d PCA "
                        + "components %.2f%%)", separation.neighbours(), separation.samples(),
                        100 * separation.embeddingAccuracy(), EmbeddingFigure.PCA_COMPONENTS,
                        100 * separation.principalComponentAccuracy());
        out.printf(Locale.ROOT, "Report written to %s: %d figures drawn, %d left out (reasons on the page); test "
                + "accuracy %.2f%%; %s%n", summary.index(), summary.figures().size() - omitted, omitted,
                100 * summary.testAccuracy(), embedding);
        out.flush();
        return summary;
    }
}
