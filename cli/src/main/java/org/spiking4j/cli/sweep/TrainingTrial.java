package org.spiking4j.cli.sweep;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialTask;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.cli.wiring.Spiking4jModule;
import org.spiking4j.runtime.circuit.CircuitLoader;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.sweep.TrialFolders;
import org.spiking4j.runtime.training.StopSignal;
import org.spiking4j.runtime.training.TrainingListener;
import org.spiking4j.runtime.training.TrainingOutcome;
import org.spiking4j.runtime.training.TrainingRun;

/**
 * A sweep trial as it travels to a worker: the resolved circuit as YAML text, its folder and the
 * shared options. On the worker it wires the same services as the command line and trains through
 * {@link TrainingRun} like {@code spiking4j train}, continuing the folder's checkpoint if there is
 * one, so a retried or rerun trial resumes instead of starting again.
 */
public record TrainingTrial(String trialId, String circuitYaml, String folder, String backend, int threads,
        String dataset, String dataFolder, int checkpointEvery) implements TrialTask {
    private static final long serialVersionUID = 1L;
    /**
     * Trials share an executor JVM when it has more cores than a trial takes. Picking the backend
     * probes the OpenCL driver, and two first probes at once crashed the JVM with PoCL (SIGSEGV in
     * clGetDeviceInfo, seen on a standalone worker with two cores), so one trial probes at a time.
     */
    private static final Object BACKEND_PROBE = new Object();

    @Override
    public TrialMetrics run() {
        Injector services = Guice.createInjector(new Spiking4jModule());
        PluginRegistry registry = services.getInstance(PluginRegistry.class);
        ModelDirectory models = services.getInstance(ModelDirectory.class);
        CircuitDescription circuit = new CircuitLoader().parse(circuitYaml, "the circuit of trial " + trialId);
        Path trialFolder = Path.of(folder);
        Checkpoint checkpoint = new TrialFolders(models).checkpoint(trialFolder);
        if (checkpoint != null && checkpoint.progress().finished(circuit.protocol().epochs())) {
            return TrialFolders.metrics(checkpoint.metrics());
        }
        Backend selected;
        synchronized (BACKEND_PROBE) {
            selected = services.getInstance(BackendSelector.class).select(backendId(circuit.backend()));
        }
        LabeledDataset data = services.getInstance(DatasetLoader.class).load(circuit, dataset,
                dataFolder == null ? null : Path.of(dataFolder));
        createFolder(trialFolder);
        TrainingOutcome outcome = new TrainingRun(registry, models, TrainingListener.SILENT, new StopSignal())
                .train(selected, simulationOptions(circuit.backend()), circuit, checkpoint, data, trialFolder,
                        checkpointEvery);
        return TrialFolders.metrics(outcome.metrics());
    }

    private String backendId(BackendSpec fromCircuit) {
        if (backend != null) {
            return backend;
        }
        return fromCircuit == null ? BackendSpec.AUTO : fromCircuit.effectiveId();
    }

    private SimulationOptions simulationOptions(BackendSpec fromCircuit) {
        String kernels = fromCircuit == null ? BackendSpec.AUTO : fromCircuit.effectiveKernels();
        return new SimulationOptions(threads, KernelChoice.parse(kernels));
    }

    private static void createFolder(Path trialFolder) {
        try {
            Files.createDirectories(trialFolder);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot create the trial folder " + trialFolder + ": " + e.getMessage(), e);
        }
    }
}
