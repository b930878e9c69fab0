package org.spiking4j.cli.sweep;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.spiking4j.runtime.model.ModelDirectoryLock;
import org.spiking4j.runtime.preflight.DatasetFit;
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
 * one, so a retried or rerun trial resumes instead of starting again. Like {@code train}, a JVM
 * stopped by SIGINT/SIGTERM first lets the trial write its checkpoint at the next batch boundary.
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
    /** As for train: on SIGINT/SIGTERM the JVM waits this long for the trial's checkpoint at the next batch. */
    private static final long SECONDS_TO_FINISH_CHECKPOINT = 300;

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
        DatasetFit.check(circuit, data);
        createFolder(trialFolder);
        StopSignal stop = new StopSignal();
        Thread hook = new Thread(() -> {
            if (stop.isStarted()) { // before the first batch there is nothing to save: exit at once
                stop.request();
                stop.awaitAcknowledgement(SECONDS_TO_FINISH_CHECKPOINT, TimeUnit.SECONDS);
            }
        }, "spiking4j-trial-checkpoint-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        TrainingOutcome outcome;
        try (ModelDirectoryLock lock = ModelDirectoryLock.acquire(trialFolder)) {
            outcome = new TrainingRun(registry, models, TrainingListener.SILENT, stop).train(selected,
                    simulationOptions(circuit.backend()), circuit, checkpoint, data, trialFolder, checkpointEvery);
        } finally {
            removeHook(hook);
        }
        if (outcome.interrupted()) {
            throw new Spiking4jException("trial " + trialId + " was stopped by a signal after writing its checkpoint; "
                    + "rerun the sweep to continue it.");
        }
        return TrialFolders.metrics(outcome.metrics());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting on a signal; the hook is waiting for this trial's checkpoint.
        }
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
