package org.spiking4j.runtime.training;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * The training loop of an {@link OnlineProtocol}, knowing no learning rule: per pass, every training
 * image once in the pass's shuffled order with learning on; then, learning off, the readout is
 * fitted on spike counts of training images (the first {@code labelSamples}, or all) and the test
 * images are classified with it. The test labels are only ever compared with predictions.
 * Checkpoint after every pass (weights, the protocol's state, the readout's state).
 */
public final class OnlineTrainer {
    static final String LABEL_SAMPLES = "labelSamples";
    /** Presentations for the readout use their own input-spike streams, apart from training passes. */
    private static final int LABELLING_STREAM = 1_000_000;
    static final int TEST_STREAM = 2_000_000;
    /**
     * The session's scalars (v, gates, traces) as the test presentations found them, checkpointed so
     * that {@code evaluate} starts the test from the same state (weights and θ do not change with learning off).
     */
    static final String TEST_START_PREFIX = "test-start/";
    private static final int PROGRESS_LINES_PER_PASS = 12;
    static final String READOUT_PREFIX = org.spiking4j.api.engine.StateNames.READOUT_PREFIX;

    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final PrintWriter out;
    private final StopSignal stop;

    public OnlineTrainer(PluginRegistry registry, ModelDirectory models, PrintWriter out, StopSignal stop) {
        this.registry = registry;
        this.models = models;
        this.out = out;
        this.stop = stop;
    }

    /**
     * @param start where to begin: {@code start.batch()} is the next training sample of pass
     *     {@code start.epoch()} (0 at a pass's start; the pass's size: its training is done)
     * @param readoutState the readout's state of the last completed pass, carried by checkpoints
     *     taken inside the next pass (empty before the first pass)
     * @param checkpointEvery also checkpoint after every this many training samples (0: only per pass)
     */
    public TrainingOutcome train(OnlineProtocol protocol, OnlineTraining session, CircuitDescription circuit,
            LabeledDataset data, Path folder, TrainingProgress start, List<EpochMetrics> earlier,
            Map<String, float[]> readoutState, int checkpointEvery) {
        ProtocolSpec spec = circuit.protocol();
        ReadoutSpec readoutSpec = spec.readout();
        if (readoutSpec == null || readoutSpec.model() == null) {
            throw new Spiking4jException("Protocol '" + protocol.id() + "' needs a readout; add for example "
                    + "'readout: {model: label-assignment, population: excitatory}' to the protocol.");
        }
        ReadoutModel readoutModel = registry.require(ReadoutModel.class, ComponentKind.READOUT, readoutSpec.model());
        LabeledImages training = data.train().head(spec.effectiveTrainLimit());
        Double labelSamples = spec.params().get(LABEL_SAMPLES);
        LabeledImages labelling = training.head(labelSamples == null ? 0 : labelSamples.intValue());
        String dataProblem = readoutModel.datasetProblem(circuit, training.classes());
        if (dataProblem != null) {
            throw new Spiking4jException(dataProblem);
        }
        EpochOrder order = new EpochOrder(circuit.seed());
        List<EpochMetrics> metrics = new ArrayList<>(earlier);
        InsidePass inside = new InsidePass(circuit, folder, metrics, readoutState);
        try {
            for (int pass = start.epoch(); pass < spec.epochs(); pass++) {
                long began = System.nanoTime();
                boolean resumedHere = pass == start.epoch();
                int fromSample = resumedHere ? Math.min(start.batch(), training.count()) : 0;
                double earlierSeconds = resumedHere ? start.epochSeconds() : 0;
                LabeledImages shuffled = EpochOrder.gather(training, order.permutation(training.count(), pass), 0,
                        training.count());
                if (fromSample > 0) {
                    out.printf(Locale.ROOT, "  pass %d resumes at training sample %d of %d%n", pass + 1, fromSample,
                            training.count());
                }
                inside.beginPass(pass, earlierSeconds, began);
                session.train(shuffled, pass, fromSample,
                        trainingProgress("pass " + (pass + 1) + " training", began, session, inside, checkpointEvery));
                double trainSeconds = earlierSeconds + (System.nanoTime() - began) / 1e9;
                // The state a stop during labelling or test falls back to: the pass's training is done.
                inside.trainingDone(session.exportState(), training.count(), trainSeconds);
                float[] labellingCounts = session.spikeCounts(labelling, LABELLING_STREAM + pass,
                        progress("pass " + (pass + 1) + " labelling", System.nanoTime(), inside));
                Readout readout = readoutModel.create(circuit, readoutSpec.params());
                readout.observeTraining(counts(readoutSpec, labellingCounts), labelling.labels(), labelling.count());
                double labellingAccuracy = Accuracy.of(readout.predict(counts(readoutSpec, labellingCounts),
                        labelling.count()), labelling);
                Map<String, Double> testStart = session.exportState().scalars();
                float[] testCounts = session.spikeCounts(data.test(), TEST_STREAM + pass,
                        progress("pass " + (pass + 1) + " test", System.nanoTime(), inside));
                double testAccuracy = Accuracy.of(readout.predict(counts(readoutSpec, testCounts), data.test().count()),
                        data.test());
                double seconds = earlierSeconds + (System.nanoTime() - began) / 1e9;
                Map<String, Double> rates = new LinkedHashMap<>();
                rates.put(readoutSpec.population(), meanSpikes(testCounts) / circuit.time().steps());
                EpochMetrics pastPass = new EpochMetrics(pass + 1, labellingAccuracy, testAccuracy, Double.NaN, seconds,
                        trainSeconds, rates);
                metrics.add(pastPass);
                inside.passDone(readout.exportState());
                SimulationState state = session.exportState();
                Map<String, Double> scalars = new LinkedHashMap<>(state.scalars());
                testStart.forEach((key, value) -> scalars.put(TEST_START_PREFIX + key, value));
                models.write(folder, inside.checkpoint(new SimulationState(state.arrays(), scalars),
                        new TrainingProgress(pass + 1, 0, 0, 0, 0)));
                out.printf(Locale.ROOT, "Pass %d: training %.1f s, readout fitted on %d training images "
                        + "(their accuracy %.2f%%), test accuracy %.2f%%; %.1f s in all; checkpoint in %s%n", pass + 1,
                        trainSeconds, labelling.count(), 100 * labellingAccuracy, 100 * testAccuracy, seconds, folder);
                out.flush();
                if (stop.isRequested()) {
                    return new TrainingOutcome(metrics, pass + 1 < spec.epochs());
                }
            }
            return new TrainingOutcome(metrics, false);
        } catch (StopRequested stopped) {
            out.println("Stopped by a signal during pass " + stopped.pass + "; checkpoint at its training sample "
                    + stopped.sample + " in " + folder + " (continue with --resume).");
            return new TrainingOutcome(metrics, true);
        } finally {
            stop.acknowledge();
        }
    }

    /**
     * Progress of a pass's training: checkpoints every {@code checkpointEvery} samples and, on a
     * stop signal, checkpoints at the sample boundary and unwinds the pass.
     */
    private SampleProgress trainingProgress(String phase, long began, OnlineTraining session, InsidePass inside,
            int checkpointEvery) {
        SampleProgress lines = progressLines(phase, began);
        return (done, total) -> {
            lines.presented(done, total);
            boolean stopping = stop.isRequested();
            boolean periodic = checkpointEvery > 0 && done % checkpointEvery == 0 && done < total;
            if (stopping || periodic) {
                models.write(inside.folder, inside.checkpoint(session.exportState(), inside.progressAt(done)));
            }
            if (stopping) {
                throw new StopRequested(inside.pass + 1, done);
            }
        };
    }

    /** Progress of labelling and test: a stop falls back to the checkpoint at the end of the pass's training. */
    private SampleProgress progress(String phase, long began, InsidePass inside) {
        SampleProgress lines = progressLines(phase, began);
        return (done, total) -> {
            lines.presented(done, total);
            if (stop.isRequested()) {
                models.write(inside.folder, inside.afterTraining());
                throw new StopRequested(inside.pass + 1, inside.trainingSamples);
            }
        };
    }

    private SampleProgress progressLines(String phase, long began) {
        return (done, total) -> {
            int every = Math.max(1, total / PROGRESS_LINES_PER_PASS);
            if (done % every == 0 || done == total) {
                double seconds = (System.nanoTime() - began) / 1e9;
                out.printf(Locale.ROOT, "  %s: %d / %d samples, %.1f s (%.2f ms per sample)%n", phase, done, total,
                        seconds, 1000 * seconds / done);
                out.flush();
            }
        };
    }

    /** The readout population's (samples, units) counts as the batch result readouts read. */
    static BatchResult counts(ReadoutSpec readout, float[] counts) {
        return new BatchResult(Map.of(readout.population(), counts), Map.of(), Map.of());
    }


    private static double meanSpikes(float[] counts) {
        double total = 0;
        for (float count : counts) {
            total += count;
        }
        return counts.length == 0 ? 0 : total / counts.length;
    }

    /** Unwinds a pass when a signal asks to stop, after its checkpoint is written. */
    private static final class StopRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int pass;
        private final int sample;

        StopRequested(int pass, int sample) {
            super(null, null, false, false);
            this.pass = pass;
            this.sample = sample;
        }
    }

    /** What a checkpoint inside a pass carries beside the session's state. */
    private static final class InsidePass {
        private final CircuitDescription circuit;
        private final Path folder;
        private final List<EpochMetrics> metrics;
        private Map<String, float[]> readoutState;
        private int pass;
        private double earlierSeconds;
        private long began;
        private SimulationState afterTraining;
        private int trainingSamples;
        private double trainSeconds;

        InsidePass(CircuitDescription circuit, Path folder, List<EpochMetrics> metrics,
                Map<String, float[]> readoutState) {
            this.circuit = circuit;
            this.folder = folder;
            this.metrics = metrics;
            this.readoutState = Map.copyOf(readoutState);
        }

        void beginPass(int pass, double earlierSeconds, long began) {
            this.pass = pass;
            this.earlierSeconds = earlierSeconds;
            this.began = began;
        }

        void trainingDone(SimulationState state, int samples, double seconds) {
            afterTraining = state;
            trainingSamples = samples;
            trainSeconds = seconds;
        }

        void passDone(Map<String, float[]> fitted) {
            readoutState = Map.copyOf(fitted);
        }

        TrainingProgress progressAt(int sample) {
            return new TrainingProgress(pass, sample, 0, 0, earlierSeconds + (System.nanoTime() - began) / 1e9);
        }

        Checkpoint afterTraining() {
            return checkpoint(afterTraining, new TrainingProgress(pass, trainingSamples, 0, 0, trainSeconds));
        }

        Checkpoint checkpoint(SimulationState state, TrainingProgress progress) {
            Map<String, float[]> arrays = new LinkedHashMap<>(state.arrays());
            readoutState.forEach((key, values) -> arrays.put(READOUT_PREFIX + key, values));
            return new Checkpoint(circuit, new SimulationState(arrays, state.scalars()), progress, List.copyOf(metrics));
        }
    }
}
