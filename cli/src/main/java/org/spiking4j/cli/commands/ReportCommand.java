package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.report.ReportChecks;
import org.spiking4j.report.ReportOptions;
import org.spiking4j.runtime.model.Checkpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes an HTML report of what a trained circuit learned. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an HTML page (with PNG/SVG figures and report.json) showing what a trained circuit learned.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--out", description = "Report folder (default: MODEL/" + ReportOptions.DEFAULT_FOLDER + ").")
    Path out;

    @Option(names = "--samples", defaultValue = "" + ReportOptions.DEFAULT_SAMPLES,
            description = "Test images whose hidden rate codes are embedded (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--force", description = "Replace the report in an existing folder.")
    boolean force;

    @Option(names = "--export", description = "Folder written by 'spiking4j export' for this model (adds figure 7).")
    Path export;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final TrainedModelServices services;

    @Inject
    public ReportCommand(TrainedModelServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Path model = modelOptions.model;
        ReportChecks.requireSamples(samples);
        Path folder = out != null ? out : model.resolve(ReportOptions.DEFAULT_FOLDER);
        ReportChecks.requireWritableOutput(folder, force);
        ReportChecks.requireMetrics(model);
        Checkpoint checkpoint = services.read(modelOptions);
        CircuitDescription circuit = checkpoint.circuit();
        ReportChecks.requireHiddenPopulation(circuit, model);
        Backend backend = services.backend(circuit, modelOptions);
        LabeledDataset data = services.data(circuit, modelOptions);
        new ReportRun(services.registry(), backend, services.simulationOptions(circuit, modelOptions),
                spec.commandLine().getOut(),
                spec.commandLine().getErr()).write(model, checkpoint, data,
                new ReportOptions(folder, samples, force, export));
        return 0;
    }
}
