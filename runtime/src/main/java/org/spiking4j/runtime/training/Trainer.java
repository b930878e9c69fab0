package org.spiking4j.runtime.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * The epoch/batch loop of csdp.md §6, the same for every protocol and readout: shuffle, let the
 * protocol build each batch from the next samples, simulate with plasticity, let the readout see the
 * result (its predictions give the training accuracy), evaluate on the test set after every epoch,
 * checkpoint.
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
        CircuitTraining components = CircuitTraining.of(registry, circuit);
        Readout readout = components.readout();
        boolean resuming = start.epoch() > 0 || start.batch() > 0;
        if (resuming && components.readoutHasState()) {
            components.restoreReadout(models.read(out).state());
        }
        LabeledImages training = data.train().head(protocolSpec.effectiveTrainLimit());
        int batchSize = protocolSpec.batchSize();
        int batches = training.count() / batchSize;
        if (batches == 0) {
            throw new Spiking4jException("The training set has " + training.count() + " images, fewer than one batch of "
                    + batchSize + "; lower protocol.batchSize or use more data.");
        }
        EpochOrder order = new EpochOrder(circuit.seed());
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
                    LabeledImages samples = EpochOrder.gather(training, permutation, batchIndex * batchSize, batchSize);
                    SampleBatch batch = components.protocol().trainingBatch(samples, components.context(), coordinate);
                    BatchResult result = simulation.run(batch.toBatch(true, coordinate));
                    if (readout != null) {
                        readout.observeTraining(result, samples.labels(), batchSize);
                        correct += countCorrect(readout.predict(result, batchSize), samples.labels());
                    }
                    seen += batchSize;
                    result.spikesPerStep().forEach((population, rate) -> spikeSums.merge(population, rate, Double::sum));
                    listener.batchDone(epoch, batchIndex + 1, batches, correct / (double) seen);
                    double seconds = earlierSeconds + (System.nanoTime() - epochStarted) / 1e9;
                    progress = new TrainingProgress(epoch, batchIndex + 1, correct, seen, seconds);
                    boolean periodic = checkpointEvery > 0 && (batchIndex + 1) % checkpointEvery == 0
                            && batchIndex + 1 < batches;
                    if (stop.isRequested() || periodic) {
                        writeCheckpoint(simulation, components, out, progress, metrics);
                        if (stop.isRequested()) {
                            return new TrainingOutcome(metrics, true);
                        }
                    }
                }
                double trainSeconds = earlierSeconds + (System.nanoTime() - epochStarted) / 1e9;
                int epochNumber = epoch + 1;
                listener.evaluationStarted(epochNumber, (data.test().count() + protocolSpec.effectiveTestBatchSize() - 1)
                        / protocolSpec.effectiveTestBatchSize());
                EvaluationResult evaluation = new Evaluator(components).evaluate(simulation, data.test(),
                        protocolSpec.effectiveTestBatchSize(), listener::evaluationBatchDone);
                Map<String, Double> trainingRates = new LinkedHashMap<>();
                int simulatedBatches = batches - firstBatch;
                spikeSums.forEach((population, sum) -> trainingRates.put(population, sum / simulatedBatches));
                EpochMetrics epochMetrics = new EpochMetrics(epochNumber, correct / (double) seen,
                        evaluation.accuracy(), evaluation.reconstructionMse(), trainSeconds + evaluation.seconds(),
                        trainSeconds, evaluation.spikesPerStep());
                metrics.add(epochMetrics);
                progress = new TrainingProgress(epochNumber, 0, 0, 0, 0);
                writeCheckpoint(simulation, components, out, progress, metrics);
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

    private void writeCheckpoint(Simulation simulation, CircuitTraining components, Path out,
            TrainingProgress progress, List<EpochMetrics> metrics) {
        models.write(out, new Checkpoint(simulation.circuit(), components.withReadoutState(simulation.exportState()),
                progress, List.copyOf(metrics)));
        listener.checkpointWritten(progress.epoch(), progress.batch());
    }

    private static long countCorrect(int[] predicted, int[] labels) {
        long correct = 0;
        for (int row = 0; row < predicted.length; row++) {
            correct += predicted[row] == labels[row] ? 1 : 0;
        }
        return correct;
    }
}
