package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.engine.StateNames;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.api.protocol.StepSpikes;
import org.spiking4j.plugin.stdp.StdpPlugin;
import org.spiking4j.runtime.builtin.BuiltinPlugin;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.TrainingProgress;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.OnlineTrainer;
import org.spiking4j.runtime.training.StopSignal;
import org.spiking4j.runtime.training.TrainingOutcome;

/**
 * The runtime's online trainer with the real session: a stop signal inside a pass (while training and
 * while labelling) and {@code --checkpoint-every} write a checkpoint there, and a resume from it ends
 * with the uninterrupted run's weights and θ bit for bit.
 */
class CheckpointInsidePassTest {
    private static final int TRAINING_IMAGES = 10;
    private static final int TEST_IMAGES = 4;
    private static final int PIXELS = 784;
    private static final int PASSES = 2;
    private static final String WEIGHTS = "input-excitatory";

    @TempDir
    Path folder;

    private final PluginRegistry registry = PluginRegistry.of(List.of(new BuiltinPlugin(), new StdpPlugin()));
    private final ModelDirectory models = new ModelDirectory(registry);

    @Test
    void aStopDuringTrainingCheckpointsThereAndResumesBitIdentically() {
        SimulationState uninterrupted = train(folder.resolve("whole"), null, 0);
        Path stopped = folder.resolve("stopped");
        // Pass 2 (index 1), after its 7th training sample: 10 of pass 1 and 7 of pass 2 presented.
        int stopAfter = TRAINING_IMAGES + 7;
        SimulationState atStop = train(stopped, new StopAfter(stopAfter, false), 0);
        Checkpoint checkpoint = models.read(stopped);
        assertEquals(new TrainingProgress(1, 7, 0, 0, checkpoint.progress().epochSeconds()), checkpoint.progress());
        assertArrayEquals(atStop.arrays().get(WEIGHTS), checkpoint.state().arrays().get(WEIGHTS));
        assertTrue(checkpoint.state().arrays().keySet().stream().anyMatch(k -> k.startsWith(StateNames.READOUT_PREFIX)),
                "a checkpoint inside pass 2 carries pass 1's readout");
        SimulationState resumed = resume(stopped, 0);
        assertBitIdentical(uninterrupted, resumed);
    }

    @Test
    void aStopDuringLabellingFallsBackToTheEndOfThePassTraining() {
        SimulationState uninterrupted = train(folder.resolve("whole"), null, 0);
        Path stopped = folder.resolve("stopped");
        train(stopped, new StopAfter(2, true), 0);
        Checkpoint checkpoint = models.read(stopped);
        assertEquals(0, checkpoint.progress().epoch());
        assertEquals(TRAINING_IMAGES, checkpoint.progress().batch());
        assertBitIdentical(uninterrupted, resume(stopped, 0));
    }

    @Test
    void checkpointEveryWritesInsideThePassAndResumesBitIdentically() {
        SimulationState uninterrupted = train(folder.resolve("whole"), null, 0);
        Path periodic = folder.resolve("periodic");
        // A fault after sample 5 of pass 1 leaves the checkpoint of sample 4 (every 4 samples).
        train(periodic, new StopAfter(5, false) {
            @Override
            boolean fault() {
                return true;
            }
        }, 4);
        Checkpoint checkpoint = models.read(periodic);
        assertEquals(0, checkpoint.progress().epoch());
        assertEquals(4, checkpoint.progress().batch());
        assertBitIdentical(uninterrupted, resume(periodic, 4));
    }

    private static void assertBitIdentical(SimulationState expected, SimulationState actual) {
        assertArrayEquals(expected.arrays().get(WEIGHTS), actual.arrays().get(WEIGHTS), "weights bit for bit");
        for (int unit = 0; unit < 20; unit++) {
            String theta = UnsupervisedSession.THETA_PREFIX + "excitatory/" + unit;
            assertEquals(Double.doubleToRawLongBits(expected.scalars().get(theta)),
                    Double.doubleToRawLongBits(actual.scalars().get(theta)), theta);
        }
        assertEquals(expected.scalars(), actual.scalars(), "v, traces, refractory state, step counter");
    }

    private SimulationState train(Path model, StopAfter stopper, int checkpointEvery) {
        StopSignal stop = new StopSignal();
        try (OnlineTraining session = open(stopper, stop)) {
            stop.trainingStarted();
            try {
                run(session, model, TrainingProgress.start(), List.of(), Map.of(), stop, checkpointEvery);
            } catch (SimulatedCrash crash) {
                // The process died: only what the checkpoints hold survives.
            }
            return session.exportState();
        }
    }

    private SimulationState resume(Path model, int checkpointEvery) {
        Checkpoint checkpoint = models.read(model);
        StopSignal stop = new StopSignal();
        try (OnlineTraining session = open(null, stop)) {
            session.importState(checkpoint.state());
            stop.trainingStarted();
            Map<String, float[]> readout = new java.util.LinkedHashMap<>();
            checkpoint.state().arrays().forEach((name, values) -> {
                if (name.startsWith(StateNames.READOUT_PREFIX)) {
                    readout.put(name.substring(StateNames.READOUT_PREFIX.length()), values);
                }
            });
            TrainingOutcome outcome = run(session, model, checkpoint.progress(), checkpoint.metrics(), readout, stop,
                    checkpointEvery);
            assertEquals(PASSES, outcome.metrics().size());
            return session.exportState();
        }
    }

    private TrainingOutcome run(OnlineTraining session, Path model, TrainingProgress start,
            List<org.spiking4j.runtime.model.EpochMetrics> earlier, Map<String, float[]> readout, StopSignal stop,
            int checkpointEvery) {
        CircuitDescription circuit = circuit();
        OnlineTrainer trainer = new OnlineTrainer(registry, models, new PrintWriter(new StringWriter()), stop);
        return trainer.train(new UnsupervisedProtocol(), session, circuit, dataset(), model, start, earlier, readout,
                checkpointEvery);
    }

    private OnlineTraining open(StopAfter stopper, StopSignal stop) {
        UnsupervisedSession session = new UnsupervisedSession(circuit());
        return stopper == null ? session : new SignalledSession(session, stopper, stop);
    }

    private static CircuitDescription circuit() {
        CircuitDescription circuit = new Brian2ConformanceTest.Scenario(PIXELS, 20, 20, 1, 40, 20, "rest", "set",
                "none", 78.4, 0f, 5).circuit();
        Map<String, Double> params = new java.util.LinkedHashMap<>(circuit.protocol().params());
        params.put("labelSamples", (double) TRAINING_IMAGES);
        return circuit.withProtocol(circuit.protocol().withParams(params).withEpochs(PASSES));
    }

    private static LabeledDataset dataset() {
        return new LabeledDataset("synthetic", images(TRAINING_IMAGES, 3), images(TEST_IMAGES, 4), "test");
    }

    private static LabeledImages images(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] pixels = new float[count * PIXELS];
        int[] labels = new int[count];
        for (int image = 0; image < count; image++) {
            labels[image] = image % 10;
            for (int pixel = 0; pixel < PIXELS; pixel++) {
                pixels[image * PIXELS + pixel] = random.nextFloat() < 0.2 ? random.nextFloat() : 0f;
            }
        }
        return new LabeledImages(pixels, labels, count, PIXELS, 10);
    }

    /** The process dies (no checkpoint, no unwinding through the trainer). */
    private static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** When the signal comes: after this many presented training (or labelling) samples in all. */
    private static class StopAfter {
        final int samples;
        final boolean duringLabelling;

        StopAfter(int samples, boolean duringLabelling) {
            this.samples = samples;
            this.duringLabelling = duringLabelling;
        }

        /** A crash instead of a signal. */
        boolean fault() {
            return false;
        }
    }

    /**
     * The real session; its progress callback raises the stop signal as the shutdown hook would, between
     * two samples, before the trainer's own callback sees the sample done.
     */
    private static final class SignalledSession implements OnlineTraining {
        private final UnsupervisedSession session;
        private final StopAfter stopper;
        private final StopSignal stop;
        private int trained;
        private int labelled;

        SignalledSession(UnsupervisedSession session, StopAfter stopper, StopSignal stop) {
            this.session = session;
            this.stopper = stopper;
            this.stop = stop;
        }

        @Override
        public void train(LabeledImages images, int pass, int fromSample, SampleProgress progress) {
            session.train(images, pass, fromSample, (done, total) -> {
                trained++;
                if (!stopper.duringLabelling && trained == stopper.samples) {
                    if (stopper.fault()) {
                        throw new SimulatedCrash();
                    }
                    stop.request();
                }
                progress.presented(done, total);
            });
        }

        @Override
        public float[] spikeCounts(LabeledImages images, int stream, SampleProgress progress) {
            return session.spikeCounts(images, stream, (done, total) -> {
                labelled++;
                if (stopper.duringLabelling && labelled == stopper.samples) {
                    stop.request();
                }
                progress.presented(done, total);
            });
        }

        @Override
        public void presentInjected(byte[][] inputSpikes, boolean learn, StepSpikes observer) {
            session.presentInjected(inputSpikes, learn, observer);
        }

        @Override
        public void presentObserved(LabeledImages images, int sample, int stream, StepSpikes observer) {
            session.presentObserved(images, sample, stream, observer);
        }

        @Override
        public int stepsPerSample() {
            return session.stepsPerSample();
        }

        @Override
        public String inputPopulation() {
            return session.inputPopulation();
        }

        @Override
        public int readoutUnits() {
            return session.readoutUnits();
        }

        @Override
        public SimulationState exportState() {
            return session.exportState();
        }

        @Override
        public void importState(SimulationState state) {
            session.importState(state);
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
