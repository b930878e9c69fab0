package org.spiking4j.testkit.parity;

import java.util.Map;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SimulatedBatch;
import org.spiking4j.api.protocol.TrainingProtocol;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Runs parity cases on a reference backend and a candidate side by side, batch by batch: the same
 * circuit, seed, images and negatives (built by the case's protocol), training batches then one
 * test batch with the labels zeroed. Compares every spike of every population at every step, every
 * weight after every batch, the reconstruction estimates and the accuracy over the positive rows of
 * every batch (training batches with their label context, as csdp.md §6's online accuracy, and
 * the test batch without it).
 */
public final class BackendParity {
    private static final String INPUT = "z0";
    private static final String LABEL = "z3";
    private static final String CLASSIFIER = "zy";
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
        TrainingProtocol protocol = registry.require(TrainingProtocol.class, ComponentKind.TRAINING_PROTOCOL,
                parity.protocol());
        CounterRandom negatives = new CounterRandom(circuit.seed(), RandomStream.NEGATIVES);
        Tally tally = new Tally(parity.name());
        try (Simulation expected = reference.compile(circuit, referenceOptions);
                Simulation actual = candidate.compile(circuit, candidateOptions)) {
            for (int index = 0; index < parity.trainBatches(); index++) {
                SimulatedBatch batch = protocol.trainingBatch(images.slice(index * positives, (index + 1) * positives),
                        circuit.protocol(), negatives, index);
                BatchResult[] results = runBoth(expected, actual, batch.rows(), batch.inputs(), batch.labelContext(),
                        batch.contrast(), true, index, "training batch " + index, parity, tally);
                tally.classified(results, batch.labels(), positives);
            }
            LabeledImages test = images.slice(parity.trainBatches() * positives, (parity.trainBatches() + 1) * positives);
            float[] allPositive = new float[positives];
            java.util.Arrays.fill(allPositive, 1f);
            BatchResult[] results = runBoth(expected, actual, positives, test.pixels(),
                    new float[positives * ParityCase.CLASSES], allPositive, false, parity.trainBatches(),
                    "test batch", parity, tally);
            tally.classified(results, test.labels(), positives);
        }
        return tally.report();
    }

    private BatchResult[] runBoth(Simulation expected, Simulation actual, int rows, float[] inputs, float[] labels,
            float[] contrast, boolean learn, int coordinate, String batchName, ParityCase parity, Tally tally) {
        SpikeComparison spikes = new SpikeComparison(batchName);
        Map<String, float[]> clamps = Map.of(INPUT, inputs, LABEL, labels);
        BatchResult referenceResult = expected.run(new Batch(rows, clamps, contrast, learn, coordinate, null,
                spikes.recorder()));
        BatchResult candidateResult = actual.run(new Batch(rows, clamps, contrast, learn, coordinate, null,
                spikes.comparer()));
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

    /** Rows among the first {@code rows} whose classifier argmax (first index on ties) is the label. */
    static int correct(BatchResult result, int[] labels, int rows) {
        float[] counts = result.classifierCounts().get(CLASSIFIER);
        int classes = ParityCase.CLASSES;
        int correct = 0;
        for (int row = 0; row < rows; row++) {
            int best = 0;
            for (int label = 1; label < classes; label++) {
                if (counts[row * classes + label] > counts[row * classes + best]) {
                    best = label;
                }
            }
            correct += best == labels[row] ? 1 : 0;
        }
        return correct;
    }

    /** Running totals of one case. */
    private static final class Tally {
        private final String name;
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

        Tally(String name) {
            this.name = name;
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
            referenceCorrect += correct(results[0], labels, positives);
            candidateCorrect += correct(results[1], labels, positives);
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
