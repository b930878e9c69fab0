package org.spiking4j.cli.parallel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.ScaleOut;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.DataParallelTrainer;
import org.spiking4j.runtime.training.StopSignal;
import org.spiking4j.runtime.training.TrainingListener;
import org.spiking4j.runtime.training.TrainingOutcome;

/**
 * {@code train --workers N}: connects the scale-out engine (looked up only here, so plain
 * {@code train} never loads Spark), holds the model on the driver for evaluation and checkpoints,
 * and sends every round's shards to the workers through {@link DataParallelTrainer}.
 */
public final class DataParallelRun {
    private static final int ATTEMPTS_PER_SHARD = 2;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final TrainingListener listener;
    private final StopSignal stop;

    public DataParallelRun(PluginRegistry registry, ModelDirectory models, TrainingListener listener, StopSignal stop) {
        this.registry = registry;
        this.models = models;
        this.listener = listener;
        this.stop = stop;
    }

    /** @param master the Spark master, or null for local[workers] */
    public TrainingOutcome train(Backend cpu, SimulationOptions options, CircuitDescription circuit,
            Checkpoint checkpoint, LabeledDataset data, Path folder, DataParallelSettings settings, String master,
            String dataset, String dataFolder) {
        settings.write(folder);
        String circuitYaml = new CircuitFiles().write(circuit);
        String url = master != null ? master : "local[" + settings.workers() + "," + ATTEMPTS_PER_SHARD + "]";
        TrainingProgress start = checkpoint != null ? checkpoint.progress() : TrainingProgress.start();
        try (TrialCluster cluster = scaleOut().connect(new ClusterSettings(url, 1, ATTEMPTS_PER_SHARD, CONNECT_TIMEOUT,
                Map.of()));
                Simulation simulation = cpu.compile(circuit, options)) {
            if (checkpoint != null) {
                simulation.importState(checkpoint.state());
            }
            stop.trainingStarted();
            try {
                return new DataParallelTrainer(registry, models, listener, stop).train(simulation, data, folder, start,
                        checkpoint != null ? checkpoint.metrics() : List.of(), settings.workers(), settings.syncEvery(),
                        plans -> cluster.runShards(plans.stream()
                                .map(plan -> ShardRound.of(plan, circuitYaml, dataset, dataFolder)).toList()));
            } finally {
                stop.acknowledge();
            }
        }
    }

    private static ScaleOut scaleOut() {
        return ServiceLoader.load(ScaleOut.class, DataParallelRun.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new Spiking4jException("train --workers needs a scale-out engine, and none is on the "
                        + "class path: the spiking4j-scaleout-spark module (cli/target/lib, built by ./spiking4j) is "
                        + "missing. Rebuild with ./spiking4j, or train without --workers."));
    }
}
