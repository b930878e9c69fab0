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
    private static final int TEST_STREAM = 2_000_000;
    private static final int PROGRESS_LINES_PER_PASS = 12;
    private static final String READOUT_PREFIX = "readout/";

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

    public TrainingOutcome train(OnlineProtocol protocol, OnlineTraining session, CircuitDescription circuit,
            LabeledDataset data, Path folder, TrainingProgress start, List<EpochMetrics> earlier) {
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
        try {
            for (int pass = start.epoch(); pass < spec.epochs(); pass++) {
                long began = System.nanoTime();
                LabeledImages shuffled = EpochOrder.gather(training, order.permutation(training.count(), pass), 0,
                        training.count());
                session.train(shuffled, pass, progress("pass " + (pass + 1) + " training", began));
                double trainSeconds = (System.nanoTime() - began) / 1e9;
                float[] labellingCounts = session.spikeCounts(labelling, LABELLING_STREAM + pass,
                        progress("pass " + (pass + 1) + " labelling", System.nanoTime()));
                Readout readout = readoutModel.create(circuit, readoutSpec.params());
                readout.observeTraining(counts(readoutSpec, labellingCounts), labelling.labels(), labelling.count());
                double labellingAccuracy = accuracy(readout.predict(counts(readoutSpec, labellingCounts),
                        labelling.count()), labelling);
                float[] testCounts = session.spikeCounts(data.test(), TEST_STREAM + pass,
                        progress("pass " + (pass + 1) + " test", System.nanoTime()));
                double testAccuracy = accuracy(readout.predict(counts(readoutSpec, testCounts), data.test().count()),
                        data.test());
                double seconds = (System.nanoTime() - began) / 1e9;
                Map<String, Double> rates = new LinkedHashMap<>();
                rates.put(readoutSpec.population(), meanSpikes(testCounts) / circuit.time().steps());
                EpochMetrics pastPass = new EpochMetrics(pass + 1, labellingAccuracy, testAccuracy, Double.NaN, seconds,
                        trainSeconds, rates);
                metrics.add(pastPass);
                SimulationState state = session.exportState();
                Map<String, float[]> arrays = new LinkedHashMap<>(state.arrays());
                readout.exportState().forEach((key, values) -> arrays.put(READOUT_PREFIX + key, values));
                models.write(folder, new Checkpoint(circuit, new SimulationState(arrays, state.scalars()),
                        new TrainingProgress(pass + 1, 0, 0, 0, 0), List.copyOf(metrics)));
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
            out.println("Stopped by a signal during a pass; the last checkpoint (after pass " + metrics.size()
                    + ") stands in " + folder + ".");
            return new TrainingOutcome(metrics, true);
        } finally {
            stop.acknowledge();
        }
    }

    private SampleProgress progress(String phase, long began) {
        return (done, total) -> {
            if (stop.isRequested()) {
                throw new StopRequested();
            }
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
    private static BatchResult counts(ReadoutSpec readout, float[] counts) {
        return new BatchResult(Map.of(readout.population(), counts), Map.of(), Map.of());
    }

    private static double accuracy(int[] predictions, LabeledImages images) {
        long correct = 0;
        for (int sample = 0; sample < images.count(); sample++) {
            correct += predictions[sample] == images.labels()[sample] ? 1 : 0;
        }
        return images.count() == 0 ? 0 : correct / (double) images.count();
    }

    private static double meanSpikes(float[] counts) {
        double total = 0;
        for (float count : counts) {
            total += count;
        }
        return counts.length == 0 ? 0 : total / counts.length;
    }

    /** Unwinds a pass when a signal asks to stop; the last pass's checkpoint stands. */
    private static final class StopRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopRequested() {
            super(null, null, false, false);
        }
    }
}
