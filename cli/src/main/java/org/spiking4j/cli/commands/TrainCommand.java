package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.engine.StateNames;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.cli.parallel.DataParallelRun;
import org.spiking4j.cli.parallel.DataParallelSettings;
import org.spiking4j.cli.progress.ProgressReporter;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.ModelDirectoryLock;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.preflight.DatasetFit;
import org.spiking4j.runtime.preflight.MemoryEstimate;
import org.spiking4j.runtime.training.OnlineTrainer;
import org.spiking4j.runtime.training.StopSignal;
import org.spiking4j.runtime.training.TrainingRun;
import org.spiking4j.runtime.training.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a circuit, evaluating on the test set after every epoch and checkpointing as it goes. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a circuit (default: configs/csdp-quick.yaml on MNIST) and print its test accuracy.")
public final class TrainCommand implements Callable<Integer> {
    static final String DEFAULT_CONFIG = "configs/csdp-quick.yaml";
    private static final String RUNS = "runs";
    private static final long SECONDS_TO_FINISH_CHECKPOINT = 300;
    private static final List<String> ONLINE_BACKENDS = List.of("cpu", "auto", "opencl");

    @Option(names = "--config", description = "Circuit YAML (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_CONFIG)
    Path config;

    @Option(names = "--out", description = "Model directory to write (default: runs/<circuit>-<time>).")
    Path out;

    @Option(names = "--resume", description = "Continue the model directory's last checkpoint (bit-identical to an uninterrupted run).")
    Path resume;

    @Option(names = "--epochs", description = "Override the circuit's number of epochs.")
    Integer epochs;

    @Option(names = "--train-limit", description = "Use only the first N training images (0: all).")
    Integer trainLimit;

    @Option(names = "--seed", description = "Override the circuit's seed.")
    Long seed;

    @Option(names = "--checkpoint-every", description = "Also checkpoint every N batches (online protocols: N training samples; default: every epoch only).",
            defaultValue = "0")
    int checkpointEvery;

    @Option(names = "--report", description = "At the end, write the report (spiking4j report) into MODEL/report.")
    boolean report;

    @Option(names = "--workers", description = "Train data-parallel on N Spark tasks, one shard of every epoch each "
            + "(needs the scaleout-spark module).")
    Integer workers;

    @Option(names = "--sync-every", description = "With --workers: batches each worker trains between two averages "
            + "of the workers' states (default: 10).")
    Integer syncEvery;

    @Option(names = "--master", description = "With --workers: the Spark master (default: local[N,2]; also "
            + "local-cluster[N,1,MB] or spark://HOST:PORT).")
    String master;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    DataOptions dataOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;
    private final CircuitResolver resolver;
    private final ModelDirectory models;
    private final BackendSelector backends;
    private final DatasetLoader datasets;

    @Inject
    public TrainCommand(PluginRegistry registry, CircuitResolver resolver, ModelDirectory models,
            BackendSelector backends, DatasetLoader datasets) {
        this.registry = registry;
        this.resolver = resolver;
        this.models = models;
        this.backends = backends;
        this.datasets = datasets;
    }

    @Override
    public Integer call() {
        TrainOptionChecks.checkRanges(epochs, trainLimit, checkpointEvery);
        if (workers == null && (syncEvery != null || master != null)) {
            throw new Spiking4jException((syncEvery != null ? "--sync-every" : "--master") + " only applies to "
                    + "data-parallel training; add --workers N (N Spark tasks, each training one shard of every epoch), "
                    + "or drop it.");
        }
        if (resume != null) {
            TrainOptionChecks.refuseOnResume(spec.commandLine().getParseResult(), resume);
        }
        CircuitDescription fromConfig = resume == null ? resolver.resolve(new CircuitFiles().read(config, registry)) : null;
        Path folder = resume != null ? resume : out != null ? out : defaultFolder(applyOverrides(fromConfig));
        TrainOptionChecks.checkUsableFolder(folder, resume != null);
        boolean createdHere = !Files.exists(folder);
        ModelDirectoryLock lock = ModelDirectoryLock.acquire(folder);
        try {
            return train(fromConfig, folder);
        } catch (RuntimeException e) {
            if (createdHere) {
                TrainOptionChecks.removeIfUnused(folder);
            }
            throw e;
        } finally {
            lock.close();
        }
    }

    private int train(CircuitDescription fromConfig, Path folder) {
        if (resume == null && models.holdsCheckpoint(folder)) {
            throw new Spiking4jException(folder + " already holds a trained model; continue it with --resume "
                    + folder + ", or choose another --out.");
        }
        Checkpoint checkpoint = resume == null ? null : models.read(folder);
        CircuitDescription circuit = applyOverrides(checkpoint != null ? checkpoint.circuit() : fromConfig);
        models.removeLeftovers(folder);
        TrainingProgress start = checkpoint != null ? checkpoint.progress() : TrainingProgress.start();
        var out = spec.commandLine().getOut();
        if (start.finished(circuit.protocol().epochs())) {
            out.println("Nothing to do: " + folder + " has finished all " + circuit.protocol().epochs()
                    + " epochs (raise --epochs to train further).");
            return 0;
        }
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                circuit.protocol().model());
        DataParallelSettings parallel = dataParallel(folder);
        if (protocol instanceof OnlineProtocol online) {
            if (parallel != null) {
                throw new Spiking4jException("Protocol '" + online.id() + "' of circuit '" + circuit.name() + "' learns "
                        + "online, one sample at a time, each update depending on the one before, so its epochs "
                        + "cannot be cut into shards that train side by side; train it without --workers.");
            }
            return trainOnline(online, circuit, checkpoint, folder, start);
        }
        DatasetFit.requireReadout(circuit);
        MemoryEstimate.check(circuit, MemoryEstimate.freeHeap());
        String backendId = backendOptions.backendId(circuit.backend());
        if (parallel != null && backendOptions.backend != null && !"cpu".equals(backendOptions.backend)) {
            throw new Spiking4jException("train --workers trains every shard on the CPU engine (one core per Spark "
                    + "task), so --backend " + backendOptions.backend + " does not apply; drop --backend or use cpu.");
        }
        Backend backend = backends.select(parallel != null ? "cpu" : backendId);
        SimulationOptions options = backendOptions.simulationOptions(circuit.backend());
        LabeledDataset data = datasets.load(circuit, dataOptions.dataset, dataOptions.folder);
        DatasetFit.check(circuit, data);
        MemoryEstimate.check(circuit, MemoryEstimate.freeHeap());
        out.printf("Training %s (%s) on %s with the %s backend; model directory %s%n", circuit.name(),
                sizes(circuit), data.name(), backend.id(), folder);
        StopSignal stop = new StopSignal();
        CheckpointCounter listener = new CheckpointCounter(new ProgressReporter(out, spec.commandLine().getErr()));
        TrainingOutcome outcome;
        try (SignalStopHook hook = new SignalStopHook(stop, listener, folder, spec.commandLine().getErr())) {
            if (parallel != null) {
                out.printf("Data-parallel: %d workers, states averaged every %d batches%n", parallel.workers(),
                        parallel.syncEvery());
                outcome = new DataParallelRun(registry, models, listener, stop).train(backend, options, circuit,
                        checkpoint, data, folder, parallel, master, dataOptions.dataset,
                        dataOptions.folder == null ? null : dataOptions.folder.toAbsolutePath().toString());
            } else {
                outcome = new TrainingRun(registry, models, listener, stop).train(backend, options, circuit, checkpoint,
                        data, folder, checkpointEvery);
            }
        }
        EpochMetrics last = outcome.last();
        if (!outcome.interrupted() && last != null) {
            out.printf("Test accuracy after epoch %d: %.2f%% (test error %.2f%%); model in %s%n", last.epoch(),
                    100 * last.testAccuracy(), 100 * (1 - last.testAccuracy()), folder);
        }
        if (report && !outcome.interrupted()) {
            new ReportRun(registry, backend, options, out, spec.commandLine().getErr()).afterTraining(models, folder, data);
        }
        return 0;
    }

    /** A protocol with its own sample-by-sample driver (the unsupervised STDP protocol): one thread, batch size 1. */
    private int trainOnline(OnlineProtocol protocol, CircuitDescription circuit, Checkpoint checkpoint, Path folder,
            TrainingProgress start) {
        List<EpochMetrics> earlier = checkpoint != null ? checkpoint.metrics() : List.of();
        String backendId = backendOptions.backendId(circuit.backend());
        if (backendId != null && !ONLINE_BACKENDS.contains(backendId)) {
            throw new Spiking4jException("Protocol '" + protocol.id() + "' runs on its plugin's own step drivers "
                    + "(cpu, and opencl where its plugin has OpenCL kernels); there is none for --backend " + backendId
                    + ", so it cannot run circuit '" + circuit.name() + "'. Use --backend cpu or --backend opencl.");
        }
        LabeledDataset data = datasets.load(circuit, dataOptions.dataset, dataOptions.folder);
        DatasetFit.check(circuit, data);
        var out = spec.commandLine().getOut();
        out.printf("Training %s (%s) on %s with protocol %s (its own online driver, batch size 1); model directory %s%n",
                circuit.name(), sizes(circuit), data.name(), protocol.id(), folder);
        StopSignal stop = new StopSignal();
        var err = spec.commandLine().getErr();
        Thread hook = new Thread(() -> {
            if (!stop.isStarted()) { // nothing to save yet: end at once
                err.println("Stopped by a signal before training started; " + folder + " is as it was.");
            } else if (!stop.isAcknowledged()) {
                stop.request();
                stop.awaitAcknowledgement(SECONDS_TO_FINISH_CHECKPOINT, TimeUnit.SECONDS);
                err.println("Stopped by a signal; the last checkpoint in " + folder + " stands. Continue with: "
                        + "./spiking4j train --resume " + folder);
            }
            err.flush();
        }, "spiking4j-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        TrainingOutcome outcome;
        BackendSpec chosen = circuit.backend();
        CircuitDescription onBackend = backendId == null ? circuit : circuit.withBackend(new BackendSpec(backendId,
                chosen == null ? null : chosen.threads(), chosen == null ? null : chosen.kernels()));
        try (OnlineTraining session = protocol.open(onBackend, 1)) {
            if (checkpoint != null) {
                session.importState(checkpoint.state());
            }
            stop.trainingStarted();
            outcome = new OnlineTrainer(registry, models, out, stop).train(protocol, session, circuit, data, folder,
                    start, earlier, checkpoint == null ? Map.of() : readoutState(checkpoint.state()), checkpointEvery);
        } finally {
            // Also when compiling or checking fails: a hook left behind would hold up the JVM's exit.
            stop.acknowledge();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting because of a signal.
            }
        }
        EpochMetrics last = outcome.last();
        if (last != null && !outcome.interrupted()) {
            out.printf("Test accuracy after pass %d: %.2f%% (test error %.2f%%); model in %s%n", last.epoch(),
                    100 * last.testAccuracy(), 100 * (1 - last.testAccuracy()), folder);
        }
        if (report && !outcome.interrupted()) {
            // The report records the model through the protocol's own driver; the backend only names the engine.
            new ReportRun(registry, backends.select(backendId == null ? "cpu" : backendId),
                    backendOptions.simulationOptions(circuit.backend()), out,
                    err).afterTraining(models, folder, data);
        }
        return 0;
    }

    /**
     * The data-parallel settings: from the options, or for --resume from the folder (a resumed run must
     * cut its epochs as the run it continues did); null for plain training.
     */
    private DataParallelSettings dataParallel(Path folder) {
        DataParallelSettings stored = resume != null ? DataParallelSettings.read(folder) : null;
        if (stored == null) {
            if (resume != null && workers != null) {
                throw new Spiking4jException(folder + " was trained without --workers, so --resume continues it that "
                        + "way; drop --workers (or start a new data-parallel run with --config and --out).");
            }
            return workers == null ? null : new DataParallelSettings(workers, syncEvery == null ? 10 : syncEvery);
        }
        boolean differs = workers != null && workers != stored.workers()
                || syncEvery != null && syncEvery != stored.syncEvery();
        if (differs) {
            throw new Spiking4jException(folder + " was trained with --workers " + stored.workers() + " --sync-every "
                    + stored.syncEvery() + " (" + DataParallelSettings.FILE + "); --resume continues with the same "
                    + "shards and rounds, so drop --workers and --sync-every or give those values.");
        }
        return stored;
    }

    /** The readout's arrays of a checkpoint, without their {@code readout/} prefix. */
    private static Map<String, float[]> readoutState(SimulationState state) {
        Map<String, float[]> own = new java.util.LinkedHashMap<>();
        state.arrays().forEach((name, values) -> {
            if (name.startsWith(StateNames.READOUT_PREFIX)) {
                own.put(name.substring(StateNames.READOUT_PREFIX.length()), values);
            }
        });
        return own;
    }

    private CircuitDescription applyOverrides(CircuitDescription circuit) {
        // Only --epochs reaches a resumed run: the other overrides are refused there (TrainOptionChecks).
        ProtocolSpec protocol = circuit.protocol();
        if (epochs != null) {
            protocol = protocol.withEpochs(epochs);
        }
        if (trainLimit != null) {
            protocol = protocol.withTrainLimit(trainLimit);
        }
        CircuitDescription changed = circuit.withProtocol(protocol);
        return seed != null ? changed.withSeed(seed) : changed;
    }

    private static Path defaultFolder(CircuitDescription circuit) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runs = Path.of(RUNS);
        Path folder = runs.resolve(circuit.name() + "-" + stamp).normalize();
        if (!runs.equals(folder.getParent())) {
            throw new Spiking4jException("The circuit name '" + circuit.name() + "' is not a plain name, so it cannot "
                    + "name a folder under " + RUNS + "/; rename the circuit (letters, digits, '.', '_', '-') or give --out.");
        }
        return folder;
    }

    static String sizes(CircuitDescription circuit) {
        StringBuilder text = new StringBuilder();
        circuit.populations().forEach((name, population) -> text.append(text.length() == 0 ? "" : " ")
                .append(name).append('=').append(population.size()));
        return text.toString();
    }
}
