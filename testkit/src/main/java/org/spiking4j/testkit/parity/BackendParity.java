package org.spiking4j.testkit.parity;

import java.util.Map;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.CircuitTraining;

/**
 * Runs parity cases on a reference backend and a candidate side by side, batch by batch: the same
 * circuit, seed, images and negatives (built by the case's protocol), training batches then one
 * test batch with the labels zeroed. Compares every spike of every population at every step, every
 * weight after every batch, the reconstruction estimates and the accuracy over the positive rows of
 * every batch (training batches with their label context, as csdp.md §6's online accuracy, and
 * the test batch without it).
 */
public final class BackendParity {
    private static final String RECONSTRUCTION = "zR";

    private final Backend reference;
    private final Backend candidate;
    private final PluginRegistry registry;
    private final SimulationOptions referenceOptions;
    private final SimulationOptions candidateOptions;

    public BackendParity(Backend reference, SimulationOptions referenceOptions, Backend candidate,
            SimulationOptions candidateOptions, PluginRegistry registry) {
        this.reference = reference;
        this.candidate = candidate;
        this.registry = registry;
        this.referenceOptions = referenceOptions;
        this.candidateOptions = candidateOptions;
    }

    /** The resolved circuit a case runs (for callers that check which components it exercises). */
    public CircuitDescription circuit(ParityCase parity) {
        return new CircuitResolver(registry).resolve(ParityCircuit.of(parity));
    }

    public ParityReport run(ParityCase parity) {
        CircuitDescription circuit = circuit(parity);
        int positives = parity.batchSize();
        LabeledImages images = ParityImages.of(parity.seed(), positives * (parity.trainBatches() + 1),
                parity.inputs(), ParityCase.CLASSES);
        CircuitTraining training = CircuitTraining.of(registry, circuit);
        Tally tally = new Tally(parity.name(), training.readout());
        try (Simulation expected = reference.compile(circuit, referenceOptions);
                Simulation actual = candidate.compile(circuit, candidateOptions)) {
            for (int index = 0; index < parity.trainBatches(); index++) {
                LabeledImages samples = images.slice(index * positives, (index + 1) * positives);
                SampleBatch batch = training.protocol().trainingBatch(samples, training.context(), index);
                BatchResult[] results = runBoth(expected, actual, batch, true, index, "training batch " + index,
                        parity, tally);
                tally.classified(results, samples.labels(), positives);
            }
            LabeledImages test = images.slice(parity.trainBatches() * positives, (parity.trainBatches() + 1) * positives);
            BatchResult[] results = runBoth(expected, actual, training.protocol().testBatch(test, training.context()),
                    false, parity.trainBatches(), "test batch", parity, tally);
            tally.classified(results, test.labels(), positives);
        }
        return tally.report();
    }

    private BatchResult[] runBoth(Simulation expected, Simulation actual, SampleBatch batch, boolean learn,
            int coordinate, String batchName, ParityCase parity, Tally tally) {
        SpikeComparison spikes = new SpikeComparison(batchName);
        BatchResult referenceResult = expected.run(observed(batch.toBatch(learn, coordinate), spikes.recorder()));
        BatchResult candidateResult = actual.run(observed(batch.toBatch(learn, coordinate), spikes.comparer()));
        tally.add(spikes);
        Map<String, float[]> referenceWeights = expected.weights();
        Map<String, float[]> candidateWeights = actual.weights();
        referenceWeights.forEach((projection, values) -> tally.weights(projection + " after " + batchName, values,
                candidateWeights.get(projection)));
        float steps = parity.steps() + 1f;
        tally.reconstruction(referenceResult.reconstructionTraceSums().get(RECONSTRUCTION),
                candidateResult.reconstructionTraceSums().get(RECONSTRUCTION), steps);
        return new BatchResult[] {referenceResult, candidateResult};
    }

    private static Batch observed(Batch batch, StepObserver observer) {
        return new Batch(batch.rows(), batch.clamps(), batch.contrast(), batch.learn(), batch.randomCoordinate(),
                batch.injectedSpikes(), observer, batch.phases());
    }

    /** Sample rows among the first {@code rows} whose readout prediction is the label. */
    static int correct(Readout readout, BatchResult result, int[] labels, int rows) {
        int[] predicted = readout.predict(result, rows);
        int correct = 0;
        for (int row = 0; row < rows; row++) {
            correct += predicted[row] == labels[row] ? 1 : 0;
        }
        return correct;
    }

    /** Running totals of one case. */
    private static final class Tally {
        private final String name;
        private final Readout readout;
        private long compared;
        private long differing;
        private long referenceSpikes;
        private String firstDifference;
        private double weightError;
        private String weightWhere = "-";
        private double reconstructionError;
        private int referenceCorrect;
        private int candidateCorrect;
        private int classified;

        Tally(String name, Readout readout) {
            this.name = name;
            this.readout = readout;
        }

        void add(SpikeComparison spikes) {
            compared += spikes.compared();
            differing += spikes.differing();
            referenceSpikes += spikes.referenceSpikes();
            if (firstDifference == null) {
                firstDifference = spikes.firstDifference();
            }
        }

        /** Counts correct predictions on the positive rows (label context clamped while training, zeroed at test). */
        void classified(BatchResult[] results, int[] labels, int positives) {
            referenceCorrect += correct(readout, results[0], labels, positives);
            candidateCorrect += correct(readout, results[1], labels, positives);
            classified += positives;
        }

        void weights(String where, float[] expected, float[] actual) {
            double largest = actual == null || actual.length != expected.length ? Double.POSITIVE_INFINITY
                    : largestDifference(expected, actual, 1f);
            if (!(largest <= weightError)) {
                weightError = largest;
                weightWhere = where;
            }
        }

        void reconstruction(float[] expected, float[] actual, float divisor) {
            double largest = actual == null || actual.length != expected.length ? Double.POSITIVE_INFINITY
                    : largestDifference(expected, actual, divisor);
            reconstructionError = Math.max(reconstructionError, largest);
        }

        private static double largestDifference(float[] expected, float[] actual, float divisor) {
            double largest = 0;
            for (int index = 0; index < expected.length; index++) {
                double error = Math.abs((double) (actual[index] / divisor) - expected[index] / divisor);
                largest = Double.isNaN(error) ? Double.POSITIVE_INFINITY : Math.max(largest, error);
            }
            return largest;
        }

        ParityReport report() {
            return new ParityReport(name, compared, referenceSpikes, differing, firstDifference, weightError, weightWhere,
                    reconstructionError, referenceCorrect / (double) classified, candidateCorrect / (double) classified);
        }
    }
}
