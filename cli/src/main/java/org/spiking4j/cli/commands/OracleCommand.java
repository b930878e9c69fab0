package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.testkit.golden.GoldenReplay;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.testkit.golden.CircuitGoldenFile;
import org.spiking4j.testkit.golden.CircuitGoldenRecorder;
import org.spiking4j.testkit.golden.CircuitGoldenReplay;
import org.spiking4j.testkit.golden.GoldenOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Golden-vector checks. */
@Command(name = "oracle", mixinStandardHelpOptions = true, description = "Check a backend against golden vectors.",
        subcommands = {OracleCommand.Check.class, OracleCommand.Record.class})
public final class OracleCommand {

    /** Replays golden files and prints PASS or where they first differ; exit code 1 on any failure. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Replay a golden .npz (or every one in a folder): the CSDP reference's format or a "
                    + "circuit golden file (spiking4j-golden); compare spike for spike.")
    public static final class Check implements Callable<Integer> {
        static final int CHECK_FAILED = 1;

        @Parameters(paramLabel = "PATH", description = "A golden .npz file or a folder of them.")
        Path path;

        @Option(names = "--backend", defaultValue = "cpu", description = "Backend to check (default: ${DEFAULT-VALUE}).")
        String backend;

        @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0: all cores).")
        int threads;

        @Option(names = "--kernels", defaultValue = "auto", description = "auto, event or dense.")
        String kernels;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final BackendSelector backends;
        private final CircuitResolver resolver;
        private final PluginRegistry registry;

        @Inject
        public Check(BackendSelector backends, CircuitResolver resolver, PluginRegistry registry) {
            this.backends = backends;
            this.resolver = resolver;
            this.registry = registry;
        }

        @Override
        public Integer call() {
            GoldenReplay csdpReplay = null;
            CircuitGoldenReplay circuitReplay = new CircuitGoldenReplay(registry, backend);
            boolean allPassed = true;
            for (Path file : GoldenReplay.goldenFiles(path)) {
                GoldenOutcome report;
                if (CircuitGoldenFile.isCircuitGoldenFile(file)) {
                    report = circuitReplay.replay(file);
                } else {
                    if (csdpReplay == null) { // selected only when a CSDP file needs it
                        Backend selected = backends.select(backend);
                        csdpReplay = new GoldenReplay(selected, resolver,
                                new SimulationOptions(threads, KernelChoice.parse(kernels)), GoldenReplay.WEIGHT_TOLERANCE);
                    }
                    report = csdpReplay.replay(file);
                }
                spec.commandLine().getOut().println(report.summary());
                allPassed &= report.passed();
            }
            return allPassed ? 0 : CHECK_FAILED;
        }
    }

    /** Records a circuit golden file from a run of an online circuit on a backend. */
    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Run a circuit on a backend over the first training images and write a circuit golden "
                    + "file (spiking4j-golden): injected input spikes, every population's spikes, initial and final state.")
    public static final class Record implements Callable<Integer> {
        @Option(names = "--config", required = true, description = "Circuit YAML (an online protocol such as unsupervised).")
        Path config;

        @Option(names = "--out", required = true, description = "The golden .npz to write (never over an existing file).")
        Path out;

        @Option(names = "--samples", defaultValue = "2", description = "Images presented (default: ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--backend", defaultValue = "cpu", description = "Backend to record on (default: ${DEFAULT-VALUE}).")
        String backend;

        @picocli.CommandLine.Mixin
        DataOptions dataOptions;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final PluginRegistry registry;
        private final CircuitResolver resolver;
        private final DatasetLoader datasets;

        @Inject
        public Record(PluginRegistry registry, CircuitResolver resolver, DatasetLoader datasets) {
            this.registry = registry;
            this.resolver = resolver;
            this.datasets = datasets;
        }

        @Override
        public Integer call() throws java.io.IOException {
            if (java.nio.file.Files.exists(out)) {
                throw new Spiking4jException(out + " exists; oracle record never writes over a file. Remove it or "
                        + "choose another --out.");
            }
            CircuitDescription circuit = resolver.resolve(new CircuitFiles().read(config, registry));
            LabeledDataset data = datasets.load(circuit, dataOptions.dataset, dataOptions.folder);
            CircuitGoldenFile file = new CircuitGoldenRecorder(registry, backend).record(
                    java.nio.file.Files.readString(config), config.toString(), data.train(), samples, out);
            spec.commandLine().getOut().printf("Recorded %d presentations of %d steps of %s on %s into %s%n",
                    file.header().presentations(), file.header().steps(), circuit.name(), backend, out);
            return 0;
        }
    }
}
