package org.spiking4j.cli.bench;

import java.util.Map;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.PhaseCommands;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.report.ReportProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.CircuitTraining;
import org.spiking4j.runtime.training.Evaluator;

/**
 * Times training and test batches of a circuit exactly as training runs them (the protocol's
 * batches, plasticity on), after untimed warm-up batches that let the JIT compile the kernels.
 */
public final class ThroughputBench {
    /** Progress steps of one measurement: every warm-up, timed training and test batch. */
    public static int steps(int warmupBatches, int trainBatches, int testBatches) {
        return warmupBatches + trainBatches + testBatches;
    }

    private final PluginRegistry registry;

    public ThroughputBench(PluginRegistry registry) {
        this.registry = registry;
    }

    public BenchResult measure(Backend backend, CircuitDescription circuit, SimulationOptions options,
            LabeledImages images, int warmupBatches, int trainBatches, int testBatches, ReportProgress progress) {
        ProtocolSpec protocol = circuit.protocol();
        int batchSize = protocol.batchSize();
        CircuitTraining training = CircuitTraining.of(registry, circuit);
        try (Simulation simulation = backend.compile(circuit, options)) {
            long trainNanos = 0;
            long profiledNanos = 0;
            Map<String, Double> spikesPerStep = Map.of();
            for (int batch = 0; batch < warmupBatches + trainBatches; batch++) {
                LabeledImages positives = images.slice(0, batchSize);
                SampleBatch simulated = training.protocol().trainingBatch(positives, training.context(), batch);
                long started = System.nanoTime();
                spikesPerStep = simulation.run(simulated.toBatch(true, batch)).spikesPerStep();
                long elapsed = System.nanoTime() - started;
                profiledNanos += elapsed;
                if (batch >= warmupBatches) {
                    trainNanos += elapsed;
                }
                progress.advance(batch + 1);
            }
            Map<String, Double> profile = simulation.phaseSeconds();
            Map<String, PhaseCommands> commands = simulation.phaseCommands();
            int testRows = protocol.effectiveTestBatchSize();
            LabeledImages testImages = images.slice(0, Math.min(images.count(), testRows * testBatches));
            int trainingSteps = warmupBatches + trainBatches;
            double testSeconds = new Evaluator(training).evaluate(simulation, testImages, testRows,
                    (done, total) -> progress.advance(trainingSteps + done)).seconds();
            return new BenchResult(trainNanos / 1e9 / (trainBatches * (double) batchSize),
                    testSeconds / testImages.count(), profile, spikesPerStep, commands, profiledNanos / 1e9);
        }
    }
}
