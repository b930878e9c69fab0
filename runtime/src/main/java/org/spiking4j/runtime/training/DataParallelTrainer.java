package org.spiking4j.runtime.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.scaleout.ShardResult;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Data-parallel training with periodic averaging. The driver holds the state; each epoch's shuffled
 * batch order (the same as {@link Trainer}'s) is cut into one contiguous shard per worker, of
 * {@code batches / workers} batches each (the few left over are not trained: every worker takes the
 * same number of Adam steps). Per round every worker starts from the driver's state, trains the next
 * {@code syncEvery} batches of its shard with their global random coordinates, and the mean of the
 * states it returns (see {@link StateAverage}) is the next state. The test set is evaluated on the
 * driver after every epoch, and a checkpoint follows every round ({@code progress.batch} counts the
 * batches each shard has trained), so {@code --resume} continues at the round boundary.
 */
public final class DataParallelTrainer {
    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final TrainingListener listener;
    private final StopSignal stop;

    public DataParallelTrainer(PluginRegistry registry, ModelDirectory models, TrainingListener listener,
            StopSignal stop) {
        this.registry = registry;
        this.models = models;
        this.listener = listener;
        this.stop = stop;
    }

    /** @param rounds runs one round's plans on the workers and answers their results in shard order */
    public TrainingOutcome train(Simulation simulation, LabeledDataset data, Path out, TrainingProgress start,
            List<EpochMetrics> earlierMetrics, int workers, int syncEvery,
            Function<List<ShardPlan>, List<ShardResult>> rounds) {
        CircuitDescription circuit = simulation.circuit();
        ProtocolSpec protocolSpec = circuit.protocol();
        CircuitTraining components = CircuitTraining.of(registry, circuit);
        if (components.readoutHasState()) {
            throw new Spiking4jException("The readout '" + protocolSpec.effectiveReadout().model() + "' of circuit '"
                    + circuit.name() + "' learns state of its own while training, which data-parallel workers cannot "
                    + "average; train it without --workers.");
        }
        LabeledImages training = data.train().head(protocolSpec.effectiveTrainLimit());
        int batchSize = protocolSpec.batchSize();
        int batches = training.count() / batchSize;
        int perShard = batches / workers;
        if (perShard == 0) {
            throw new Spiking4jException("The training set has " + batches + " batches of " + batchSize + " images, "
                    + "fewer than the " + workers + " workers; lower --workers or protocol.batchSize, or use more data.");
        }
        EpochOrder order = new EpochOrder(circuit.seed());
        List<EpochMetrics> metrics = new ArrayList<>(earlierMetrics);
        SimulationState state = simulation.exportState();
        try {
            for (int epoch = start.epoch(); epoch < protocolSpec.epochs(); epoch++) {
                int[] permutation = order.permutation(training.count(), epoch);
                boolean continuing = epoch == start.epoch();
                int done = continuing ? start.batch() : 0;
                long correct = continuing ? start.trainCorrect() : 0;
                long seen = continuing ? start.trainSeen() : 0;
                double earlierSeconds = continuing ? start.epochSeconds() : 0;
                long epochStarted = System.nanoTime();
                listener.epochStarted(epoch, protocolSpec.epochs(), done * workers, perShard * workers);
                while (done < perShard) {
                    int count = Math.min(syncEvery, perShard - done);
                    List<ShardPlan> plans = new ArrayList<>();
                    for (int shard = 0; shard < workers; shard++) {
                        plans.add(plan(shard, state, permutation, epoch, batches, shard * perShard + done, count,
                                batchSize));
                    }
                    List<ShardResult> results = rounds.apply(plans);
                    state = new StateAverage().of(results);
                    for (ShardResult result : results) {
                        correct += result.correct();
                        seen += result.seen();
                    }
                    done += count;
                    listener.batchDone(epoch, done * workers, perShard * workers, correct / (double) seen);
                    double seconds = earlierSeconds + (System.nanoTime() - epochStarted) / 1e9;
                    simulation.importState(state);
                    if (done < perShard) {
                        writeCheckpoint(simulation, out, new TrainingProgress(epoch, done, correct, seen, seconds),
                                metrics);
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
                EpochMetrics epochMetrics = new EpochMetrics(epochNumber, correct / (double) seen,
                        evaluation.accuracy(), evaluation.reconstructionMse(), trainSeconds + evaluation.seconds(),
                        trainSeconds, evaluation.spikesPerStep());
                metrics.add(epochMetrics);
                // As in Trainer, the next epoch continues from the state evaluation left.
                state = simulation.exportState();
                writeCheckpoint(simulation, out, new TrainingProgress(epochNumber, 0, 0, 0, 0), metrics);
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

    private static ShardPlan plan(int shard, SimulationState state, int[] permutation, int epoch, int batches,
            int firstBatch, int count, int batchSize) {
        int[] samples = new int[count * batchSize];
        System.arraycopy(permutation, firstBatch * batchSize, samples, 0, samples.length);
        int[] coordinates = new int[count];
        for (int index = 0; index < count; index++) {
            coordinates[index] = epoch * batches + firstBatch + index;
        }
        return new ShardPlan(shard, new SimulationState(new LinkedHashMap<>(state.arrays()), state.scalars()),
                samples, coordinates);
    }

    private void writeCheckpoint(Simulation simulation, Path out, TrainingProgress progress, List<EpochMetrics> metrics) {
        models.write(out, new Checkpoint(simulation.circuit(), simulation.exportState(), progress, List.copyOf(metrics)));
        listener.checkpointWritten(progress.epoch(), progress.batch());
    }
}
