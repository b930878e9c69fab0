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
import org.spiking4j.testkit.golden.CircuitGoldenFile;
import org.spiking4j.testkit.golden.CircuitGoldenReplay;
import org.spiking4j.testkit.golden.GoldenOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Golden-vector checks. */
@Command(name = "oracle", mixinStandardHelpOptions = true, description = "Check a backend against golden vectors.",
        subcommands = OracleCommand.Check.class)
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
}
