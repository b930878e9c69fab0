package org.spiking4j.runtime.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SimulatedBatch;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * The epoch/batch loop of csdp.md §6, the same for every protocol: shuffle, build each batch with
 * the protocol, simulate with plasticity, evaluate on the test set after every epoch, checkpoint.
 * Everything random is addressed by position, so a resumed run ends bit-identical to an
 * uninterrupted one. Training batch b of epoch e uses random coordinate e·batches + b.
 */
public final class Trainer {
    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final TrainingListener listener;
    private final StopSignal stop;

    public Trainer(PluginRegistry registry, ModelDirectory models, TrainingListener listener, StopSignal stop) {
        this.registry = registry;
        this.models = models;
        this.listener = listener;
        this.stop = stop;
    }

    /**
     * Trains from {@code start} to the circuit's last epoch, writing checkpoints to {@code out}.
     *
     * @param checkpointEvery also checkpoint after every this many batches (0: only per epoch)
     */
    public TrainingOutcome train(Simulation simulation, LabeledDataset data, Path out, TrainingProgress start,
            List<EpochMetrics> earlierMetrics, int checkpointEvery) {
        CircuitDescription circuit = simulation.circuit();
        ProtocolSpec protocolSpec = circuit.protocol();
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                protocolSpec.model());
        LabeledImages training = data.train().head(protocolSpec.effectiveTrainLimit());
        int batchSize = protocolSpec.batchSize();
        int batches = training.count() / batchSize;
        if (batches == 0) {
            throw new Spiking4jException("The training set has " + training.count() + " images, fewer than one batch of "
                    + batchSize + "; lower protocol.batchSize or use more data.");
        }
        String input = circuit.populationWithRole(PopulationRole.INPUT);
        String label = circuit.populationWithRole(PopulationRole.LABEL);
        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        EpochOrder order = new EpochOrder(circuit.seed());
        CounterRandom negatives = new CounterRandom(circuit.seed(), RandomStream.NEGATIVES);
        List<EpochMetrics> metrics = new ArrayList<>(earlierMetrics);
        TrainingProgress progress = start;
        try {
            for (int epoch = start.epoch(); epoch < protocolSpec.epochs(); epoch++) {
                int[] permutation = order.permutation(training.count(), epoch);
                int firstBatch = epoch == start.epoch() ? start.batch() : 0;
                long correct = epoch == start.epoch() ? start.trainCorrect() : 0;
                long seen = epoch == start.epoch() ? start.trainSeen() : 0;
                double earlierSeconds = epoch == start.epoch() ? start.epochSeconds() : 0;
                long epochStarted = System.nanoTime();
                Map<String, Double> spikeSums = new LinkedHashMap<>();
                listener.epochStarted(epoch, protocolSpec.epochs(), firstBatch, batches);
                for (int batchIndex = firstBatch; batchIndex < batches; batchIndex++) {
                    int coordinate = epoch * batches + batchIndex;
                    LabeledImages positives = EpochOrder.gather(training, permutation, batchIndex * batchSize, batchSize);
                    SimulatedBatch simulated = protocol.trainingBatch(positives, protocolSpec, negatives, coordinate);
                    Map<String, float[]> clamps = new LinkedHashMap<>();
                    clamps.put(input, simulated.inputs());
                    if (label != null) {
                        clamps.put(label, simulated.labelContext());
                    }
                    BatchResult result = simulation.run(new Batch(simulated.rows(), clamps, simulated.contrast(), true,
                            coordinate, null, null));
                    if (classifier != null) {
                        correct += countCorrect(result.classifierCounts().get(classifier), positives,
                                circuit.population(classifier).size());
                    }
                    seen += batchSize;
                    result.spikesPerStep().forEach((population, rate) -> spikeSums.merge(population, rate, Double::sum));
                    listener.batchDone(epoch, batchIndex + 1, batches, correct / (double) seen);
                    double seconds = earlierSeconds + (System.nanoTime() - epochStarted) / 1e9;
                    progress = new TrainingProgress(epoch, batchIndex + 1, correct, seen, seconds);
                    boolean periodic = checkpointEvery > 0 && (batchIndex + 1) % checkpointEvery == 0
                            && batchIndex + 1 < batches;
                    if (stop.isRequested() || periodic) {
                        writeCheckpoint(simulation, out, progress, metrics);
                        if (stop.isRequested()) {
                            return new TrainingOutcome(metrics, true);
                        }
                    }
                }
                double trainSeconds = earlierSeconds + (System.nanoTime() - epochStarted) / 1e9;
                int epochNumber = epoch + 1;
                listener.evaluationStarted(epochNumber, (data.test().count() + protocolSpec.effectiveTestBatchSize() - 1)
                        / protocolSpec.effectiveTestBatchSize());
                EvaluationResult evaluation = new Evaluator().evaluate(simulation, data.test(),
                        protocolSpec.effectiveTestBatchSize(), listener::evaluationBatchDone);
                Map<String, Double> trainingRates = new LinkedHashMap<>();
                int simulatedBatches = batches - firstBatch;
                spikeSums.forEach((population, sum) -> trainingRates.put(population, sum / simulatedBatches));
                EpochMetrics epochMetrics = new EpochMetrics(epochNumber, correct / (double) seen,
                        evaluation.accuracy(), evaluation.reconstructionMse(), trainSeconds + evaluation.seconds(),
                        trainSeconds, evaluation.spikesPerStep());
                metrics.add(epochMetrics);
                progress = new TrainingProgress(epochNumber, 0, 0, 0, 0);
                writeCheckpoint(simulation, out, progress, metrics);
                listener.epochDone(epochMetrics);
                if (stop.isRequested()) {
                    return new TrainingOutcome(metrics, epochNumber < protocolSpec.epochs());
                }
            }
            return new TrainingOutcome(metrics, false);
        } finally {
            stop.acknowledge();
        }
    }

    private void writeCheckpoint(Simulation simulation, Path out, TrainingProgress progress, List<EpochMetrics> metrics) {
        models.write(out, new Checkpoint(simulation.circuit(), simulation.exportState(), progress, List.copyOf(metrics)));
        listener.checkpointWritten(progress.epoch(), progress.batch());
    }

    private static long countCorrect(float[] counts, LabeledImages positives, int classes) {
        long correct = 0;
        for (int row = 0; row < positives.count(); row++) {
            correct += Predictions.argmax(counts, row * classes, classes) == positives.labels()[row] ? 1 : 0;
        }
        return correct;
    }
}
