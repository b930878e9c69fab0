package org.spiking4j.cli.sweep;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.ScaleOut;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.sweep.SweepFolder;
import org.spiking4j.runtime.sweep.SweepPlan;
import org.spiking4j.runtime.sweep.SweepPlanner;
import org.spiking4j.runtime.sweep.SweepSummary;
import org.spiking4j.runtime.sweep.TrialFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs a sweep: validates every trial, skips those whose folders hold a finished model, hands the
 * rest to the scale-out engine (Spark, embedded by default) and writes the summary. Spark is
 * loaded here only, through {@link ServiceLoader}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train every trial of a sweep file (settings x seeds) as Spark tasks and summarise them.")
public final class SweepCommand implements Callable<Integer> {
    static final int SOME_TRIALS_FAILED = 1;

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file (see configs/sweeps/).")
    Path sweepFile;

    @Option(names = "--out", required = true, description = "The sweep's folder: trials/<id>/, summary.csv, summary.md.")
    Path out;

    @Option(names = "--master", description = "Spark master: local[N], local-cluster[N,cores,MB] or spark://HOST:PORT "
            + "(default: local[cores,attempts] on this machine).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark property (repeatable); wins over the defaults.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--threads", defaultValue = "1", description = "Threads per trial, reserved with spark.task.cpus (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-attempts", defaultValue = "2", description = "Attempts per trial before it is marked failed (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--connect-timeout", defaultValue = "10", description = "Seconds to wait for a spark:// master (default: ${DEFAULT-VALUE}).")
    int connectTimeoutSeconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;
    private final ModelDirectory models;

    @Inject
    public SweepCommand(PluginRegistry registry, ModelDirectory models) {
        this.registry = registry;
        this.models = models;
    }

    @Override
    public Integer call() {
        if (threads < 1 || maxAttempts < 1 || connectTimeoutSeconds < 1) {
            throw new Spiking4jException("--threads, --max-attempts and --connect-timeout must be at least 1.");
        }
        PrintWriter console = spec.commandLine().getOut();
        SweepPlan plan = new SweepPlanner(registry).plan(sweepFile);
        SweepFolder folder = SweepFolder.open(out, plan);
        console.printf("Sweep %s: %d trials, folder %s%n", sweepFile, plan.trials().size(), folder.path());
        SweepStart start = new SweepStart(plan, folder, new TrialFolders(models), threads, console);
        List<TrialOutcome> ran = List.of();
        if (!start.tasks().isEmpty()) {
            ClusterSettings settings = new ClusterSettings(master, threads, maxAttempts,
                    Duration.ofSeconds(connectTimeoutSeconds), conf);
            try (TrialCluster cluster = scaleOut().connect(settings)) {
                console.printf("Running %d trials on %s%n", start.tasks().size(), cluster.description());
                console.flush();
                ran = cluster.runAll(start.tasks(), outcome -> report(console, outcome));
            }
        }
        SweepSummary summary = new SweepSummary(plan, start.outcomes(ran));
        summary.write(folder.path());
        console.println();
        console.print(summary.markdown());
        console.printf("%nSummary in %s and %s%n", folder.path().resolve(SweepSummary.MARKDOWN),
                folder.path().resolve(SweepSummary.CSV));
        if (!summary.allSucceeded()) {
            console.println("Some trials failed (see above); rerun the same command to retry them, finished ones are kept.");
            return SOME_TRIALS_FAILED;
        }
        return 0;
    }

    private static void report(PrintWriter console, TrialOutcome outcome) {
        if (outcome.succeeded()) {
            int epochs = outcome.metrics().epochs();
            console.printf(Locale.ROOT, "  %s: %.2f%% test accuracy after %d epoch%s, %.0f s (executor %s, attempt %d)%n",
                    outcome.trialId(), 100 * outcome.metrics().testAccuracy(), epochs, epochs == 1 ? "" : "s",
                    outcome.metrics().seconds(), outcome.executor(), outcome.attempts());
        } else {
            console.printf("  %s: FAILED: %s%n", outcome.trialId(), outcome.failure());
        }
        console.flush();
    }

    private static ScaleOut scaleOut() {
        return ServiceLoader.load(ScaleOut.class, SweepCommand.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new Spiking4jException("No scale-out engine is on the class path: the sweep command "
                        + "needs the spiking4j-scaleout-spark module (built into cli/target/lib by ./spiking4j)."));
    }
}
