package org.spiking4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.model.TrainingProgress;

/** Same seed, same weights; 1 or 2 threads, same weights; killed and resumed, same weights. */
class TrainerDeterminismTest {
    private static final String CIRCUIT = "/circuits/csdp-small.yaml";
    private static final int EPOCHS = 2;

    private final TrainingFixture fixture = new TrainingFixture();
    private final LabeledDataset data = TrainingFixture.syntheticDigits(24, 8);

    @Test
    void sameSeedGivesIdenticalWeightsWhateverTheThreadCount(@TempDir Path folder) throws Exception {
        Map<String, float[]> first = trainToEnd(folder.resolve("a"), 1);
        Map<String, float[]> second = trainToEnd(folder.resolve("b"), 1);
        Map<String, float[]> twoThreads = trainToEnd(folder.resolve("c"), 2);
        assertSameWeights(first, second);
        assertSameWeights(first, twoThreads);
    }

    /**
     * The dense kernels sum every pre row times its 0/1 spike, row by row; the event kernels sum the
     * listed rows and read a training batch's twin rows (the negatives repeat the positives' images) in
     * pairs. Both must give the same bits.
     */
    @Test
    void denseAndEventKernelsGiveIdenticalWeights(@TempDir Path folder) throws Exception {
        Map<String, float[]> event = trainToEnd(folder.resolve("event"), new SimulationOptions(2, KernelChoice.EVENT));
        Map<String, float[]> dense = trainToEnd(folder.resolve("dense"), new SimulationOptions(1, KernelChoice.DENSE));
        assertSameWeights(dense, event);
    }

    @Test
    void differentSeedsGiveDifferentWeights(@TempDir Path folder) throws Exception {
        CircuitDescription circuit = fixture.circuit(CIRCUIT, 1);
        Map<String, float[]> seven = train(circuit, folder.resolve("a"));
        Map<String, float[]> eight = train(circuit.withSeed(8), folder.resolve("b"));
        assertFalse(java.util.Arrays.equals(seven.get("W1"), eight.get("W1")));
    }

    @Test
    void resumedRunEndsIdenticalToUninterruptedRun(@TempDir Path folder) throws Exception {
        Map<String, float[]> uninterrupted = trainToEnd(folder.resolve("whole"), 2);

        Path interruptedFolder = folder.resolve("interrupted");
        CircuitDescription circuit = fixture.circuit(CIRCUIT, EPOCHS);
        StopSignal stop = new StopSignal();
        TrainingListener stopMidEpoch = new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int batches, double trainAccuracy) {
                if (epoch == 1 && batch == 2) {
                    stop.request();
                }
            }
        };
        try (Simulation simulation = fixture.backend.compile(circuit, TrainingFixture.threads(2))) {
            TrainingOutcome outcome = new Trainer(fixture.registry, fixture.models, stopMidEpoch, stop).train(
                    simulation, data, interruptedFolder, TrainingProgress.start(), List.of(), 0);
            assertTrue(outcome.interrupted());
        }
        Checkpoint checkpoint = fixture.models.read(interruptedFolder);
        assertEquals(new TrainingProgress(1, 2, checkpoint.progress().trainCorrect(), 8,
                checkpoint.progress().epochSeconds()), checkpoint.progress());
        TrainingOutcome resumed;
        try (Simulation simulation = fixture.backend.compile(checkpoint.circuit(), TrainingFixture.threads(1))) {
            simulation.importState(checkpoint.state());
            resumed = new Trainer(fixture.registry, fixture.models, TrainingListener.SILENT, new StopSignal()).train(
                    simulation, data, interruptedFolder, checkpoint.progress(), checkpoint.metrics(), 0);
        }
        assertFalse(resumed.interrupted());
        assertEquals(EPOCHS, resumed.metrics().size());
        Checkpoint finished = fixture.models.read(interruptedFolder);
        assertSameWeights(uninterrupted, finished.state().arrays());
        assertEquals(fixture.models.read(folder.resolve("whole")).metrics().get(1).testAccuracy(),
                finished.metrics().get(1).testAccuracy());
    }

    private Map<String, float[]> trainToEnd(Path out, int threads) throws Exception {
        return trainToEnd(out, TrainingFixture.threads(threads));
    }

    private Map<String, float[]> trainToEnd(Path out, SimulationOptions options) throws Exception {
        CircuitDescription circuit = fixture.circuit(CIRCUIT, EPOCHS);
        try (Simulation simulation = fixture.backend.compile(circuit, options)) {
            new Trainer(fixture.registry, fixture.models, TrainingListener.SILENT, new StopSignal()).train(simulation,
                    data, out, TrainingProgress.start(), List.of(), 0);
            return simulation.weights();
        }
    }

    private Map<String, float[]> train(CircuitDescription circuit, Path out) {
        try (Simulation simulation = fixture.backend.compile(circuit, TrainingFixture.threads(2))) {
            List<EpochMetrics> metrics = new Trainer(fixture.registry, fixture.models, TrainingListener.SILENT,
                    new StopSignal()).train(simulation, data, out, TrainingProgress.start(), List.of(), 0).metrics();
            assertEquals(1, metrics.size());
            return simulation.weights();
        }
    }

    private static void assertSameWeights(Map<String, float[]> expected, Map<String, float[]> actual) {
        for (Map.Entry<String, float[]> entry : expected.entrySet()) {
            if (!entry.getKey().contains("/")) {
                assertArrayEquals(entry.getValue(), actual.get(entry.getKey()), "weights " + entry.getKey());
            }
        }
    }
}
