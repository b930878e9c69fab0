package org.spiking4j.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.PhaseCommands;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.cli.bench.BenchResult;
import org.spiking4j.cli.bench.MemoryFloorFigures;
import org.spiking4j.cli.bench.OptimizerFloor;
import org.spiking4j.cli.bench.StreamBandwidth;
import org.spiking4j.cli.bench.SyntheticImages;
import org.spiking4j.cli.bench.ThroughputBench;
import org.spiking4j.cli.progress.TaskProgress;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Seconds per positive training sample and per test sample, with event-driven and with dense
 * forward kernels, measured in one process, and their ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training and test throughput with event-driven and dense kernels.")
public final class BenchCommand implements Callable<Integer> {
    private static final double MICROS_PER_SECOND = 1e6;

    @Option(names = "--config", defaultValue = TrainCommand.DEFAULT_CONFIG, description = "Circuit YAML (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--strategies", split = ",", defaultValue = "event,dense",
            description = "Kernel strategies to time (default: ${DEFAULT-VALUE}).")
    KernelChoice[] strategies;

    @Option(names = "--warmup-batches", defaultValue = "1", description = "Untimed batches first (JIT warm-up).")
    int warmupBatches;

    @Option(names = "--train-batches", defaultValue = "2", description = "Timed training batches per strategy.")
    int trainBatches;

    @Option(names = "--test-batches", defaultValue = "1", description = "Timed test batches per strategy.")
    int testBatches;

    @Option(names = "--batch-size", description = "Override the circuit's positives per batch.")
    Integer batchSize;

    @Option(names = "--dataset", description = "Time on a dataset's images instead of synthetic MNIST-like ones.")
    String dataset;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path json;

    @Option(names = "--profile", description = "Print where the training time goes, per phase (on OpenCL: "
            + "device time per phase from event timestamps, measured only with this option).")
    boolean profile;

    @Option(names = "--skip-bandwidth", description = "Do not measure the memory bandwidth and the optimiser floor.")
    boolean skipBandwidth;

    @Mixin
    BackendOptions backendOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;
    private final CircuitResolver resolver;
    private final BackendSelector backends;
    private final DatasetLoader datasets;

    @Inject
    public BenchCommand(PluginRegistry registry, CircuitResolver resolver, BackendSelector backends,
            DatasetLoader datasets) {
        this.registry = registry;
        this.resolver = resolver;
        this.backends = backends;
        this.datasets = datasets;
    }

    @Override
    public Integer call() {
        CircuitDescription circuit = new CircuitFiles().read(config, registry);
        if (batchSize != null) {
            circuit = circuit.withProtocol(circuit.protocol().withBatchSize(batchSize));
        }
        circuit = resolver.resolve(circuit);
        Backend backend = backends.select(backendOptions.backendId(circuit.backend()));
        int features = circuit.population(circuit.populationWithRole(
                org.spiking4j.api.circuit.PopulationRole.INPUT)).size();
        int needed = Math.max(circuit.protocol().batchSize(), circuit.protocol().effectiveTestBatchSize() * testBatches);
        LabeledImages images = dataset == null ? SyntheticImages.generate(needed, features, circuit.seed())
                : datasets.load(circuit, dataset, null).train().head(needed);
        PrintWriter out = spec.commandLine().getOut();
        SimulationOptions base = backendOptions.simulationOptions(circuit.backend());
        out.printf("bench %s (%s) on %s, %d threads, batch %d, %d timed training batch(es), %d test batch(es) of %d, "
                + "%s images%n", circuit.name(), TrainCommand.sizes(circuit), backend.id(), base.effectiveThreads(),
                circuit.protocol().batchSize(), trainBatches, testBatches,
                circuit.protocol().effectiveTestBatchSize(), dataset == null ? "synthetic" : dataset);
        MemoryFloorFigures floor = measureFloor(circuit, backend, base, out);
        Map<String, BenchResult> results = new LinkedHashMap<>();
        for (KernelChoice strategy : strategies) {
            TaskProgress progress = new TaskProgress(spec.commandLine().getErr());
            progress.start(strategy.name().toLowerCase(java.util.Locale.ROOT) + " batches",
                    ThroughputBench.steps(warmupBatches, trainBatches, testBatches));
            BenchResult result = new ThroughputBench(registry).measure(backend, circuit,
                    new SimulationOptions(base.threads(), strategy, profile), images, warmupBatches, trainBatches, testBatches,
                    progress);
            progress.finish();
            results.put(strategy.name().toLowerCase(java.util.Locale.ROOT), result);
            out.printf("  %-6s train %.5f s per positive sample, test %.5f s per sample%n",
                    strategy.name().toLowerCase(java.util.Locale.ROOT), result.trainSecondsPerSample(),
                    result.testSecondsPerSample());
            if (floor != null) {
                out.printf("         training = %.2fx the optimiser floor%n",
                        floor.multipleOfFloor(result.trainSecondsPerSample()));
            }
            out.printf("         spikes per step per row in the last training batch: %s%n", result.spikesPerStep());
            if (profile) {
                printProfile(out, result);
            }
            out.flush();
        }
        BenchResult event = results.get("event");
        BenchResult dense = results.get("dense");
        if (event != null && dense != null) {
            out.printf("  dense/event: training %.1fx, test %.1fx%n",
                    dense.trainSecondsPerSample() / event.trainSecondsPerSample(),
                    dense.testSecondsPerSample() / event.testSecondsPerSample());
        }
        if (json != null) {
            writeJson(circuit, backend, base, results, floor);
        }
        return 0;
    }

    /**
     * The CPU engine's floor: the optimiser's memory traffic at the bandwidth measured now, in this
     * process, so the multiple is not moved by how busy the machine was on another day.
     */
    private MemoryFloorFigures measureFloor(CircuitDescription circuit, Backend backend, SimulationOptions options,
            PrintWriter out) {
        OptimizerFloor optimizerFloor = OptimizerFloor.of(circuit);
        if (skipBandwidth || !"cpu".equals(backend.id()) || optimizerFloor == null) {
            return null;
        }
        StreamBandwidth bandwidth = StreamBandwidth.forThisMachine();
        int threads = options.effectiveThreads();
        double oneThread = bandwidth.measure(1);
        double allThreads = threads == 1 ? oneThread : bandwidth.measure(threads);
        MemoryFloorFigures figures = new MemoryFloorFigures(bandwidth.elementsPerArray(), oneThread, allThreads,
                threads, optimizerFloor, optimizerFloor.secondsPerSample(allThreads));
        out.printf("  memory bandwidth (STREAM triad, 3 arrays of %d MiB): %.1f GB/s on 1 thread, %.1f GB/s on %d%n",
                (long) bandwidth.elementsPerArray() * Double.BYTES >> 20, oneThread / 1e9, allThreads / 1e9, threads);
        out.printf("  optimiser floor (%s): %,d plastic weights x %d B x %d steps / %d positives = %.1f MB per "
                + "positive sample = %.5f s at %.1f GB/s%n", optimizerFloor.optimizer(),
                optimizerFloor.plasticParameters(), optimizerFloor.bytesPerParameterPerStep(), circuit.time().steps(),
                circuit.protocol().batchSize(), optimizerFloor.bytesPerPositiveSample() / 1e6,
                figures.floorSecondsPerSample(), allThreads / 1e9);
        out.flush();
        return figures;
    }

    private static void printProfile(PrintWriter out, BenchResult result) {
        double total = result.profileSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, PhaseCommands> commands = result.profileCommands();
        if (commands.isEmpty()) {
            out.println("    profile of the training batches (warm-up included), share of simulated time:");
        } else {
            double idle = commands.values().stream().mapToDouble(PhaseCommands::idleBeforeSeconds).sum();
            out.printf("    profile of the training batches (warm-up included), device time from OpenCL events: "
                    + "%.3f s busy and %.3f s idle between commands, of %.3f s wall (busy %.0f%%)%n", total, idle,
                    result.profiledWallSeconds(), 100 * total / result.profiledWallSeconds());
            out.println("      share  device time  commands  us/command  idle before, s  phase");
        }
        result.profileSeconds().forEach((phase, seconds) -> {
            PhaseCommands phaseCommands = commands.get(phase);
            if (phaseCommands == null) {
                out.printf("      %5.1f%%  %8.3f s  %s%n", 100 * seconds / total, seconds, phase);
            } else {
                long count = phaseCommands.commands();
                out.printf("      %5.1f%%  %9.3f s  %8d  %10.1f  %14.3f  %s%n", 100 * seconds / total, seconds, count,
                        seconds / count * MICROS_PER_SECOND, phaseCommands.idleBeforeSeconds(), phase);
            }
        });
    }

    private void writeJson(CircuitDescription circuit, Backend backend, SimulationOptions options,
            Map<String, BenchResult> results, MemoryFloorFigures floor) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("strategies", mapper.valueToTree(results));
        root.put("circuit", circuit.name());
        root.put("backend", backend.id());
        root.put("threads", options.effectiveThreads());
        root.put("batch_size", circuit.protocol().batchSize());
        root.put("train_batches", trainBatches);
        root.put("test_batches", testBatches);
        root.put("images", dataset == null ? "synthetic" : dataset);
        root.put("java", System.getProperty("java.version"));
        root.put("processors", Runtime.getRuntime().availableProcessors());
        if (floor != null) {
            root.set("memory_floor", mapper.valueToTree(floor));
            ObjectNode multiples = root.putObject("train_multiple_of_floor");
            results.forEach((strategy, result) ->
                    multiples.put(strategy, floor.multipleOfFloor(result.trainSecondsPerSample())));
        }
        try {
            byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            AtomicFileWriter.write(json, stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new Spiking4jException("Cannot encode the bench results: " + e.getMessage());
        }
    }
}
