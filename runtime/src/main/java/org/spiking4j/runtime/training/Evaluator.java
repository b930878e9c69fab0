package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.data.LabeledImages;

/**
 * Runs a test set through a simulation without plasticity (csdp.md §6): labels zeroed on the label
 * population, every row positive, the class the argmax of the classifier's spike counts (first
 * index on ties). Each test batch draws its input spikes at coordinate
 * {@link #TEST_COORDINATE_BASE} + batch index, so evaluation is the same after every epoch.
 */
public final class Evaluator {
    /** Keeps test-batch random coordinates apart from training batches (which count from 0). */
    public static final int TEST_COORDINATE_BASE = 1 << 30;

    public EvaluationResult evaluate(Simulation simulation, LabeledImages test, int testBatchSize,
            BatchListener listener) {
        long started = System.nanoTime();
        CircuitDescription circuit = simulation.circuit();
        String input = circuit.populationWithRole(PopulationRole.INPUT);
        String label = circuit.populationWithRole(PopulationRole.LABEL);
        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        String reconstruction = circuit.populationWithRole(PopulationRole.RECONSTRUCTION);
        int steps = circuit.time().steps();
        int features = test.features();
        int batches = (test.count() + testBatchSize - 1) / testBatchSize;
        int[] predictions = new int[test.count()];
        long correct = 0;
        double squaredError = 0;
        Map<String, Double> spikeSums = new LinkedHashMap<>();
        for (int batchIndex = 0; batchIndex < batches; batchIndex++) {
            int from = batchIndex * testBatchSize;
            int rows = Math.min(testBatchSize, test.count() - from);
            float[] pixels = java.util.Arrays.copyOfRange(test.pixels(), from * features, (from + rows) * features);
            Map<String, float[]> clamps = new LinkedHashMap<>();
            clamps.put(input, pixels);
            if (label != null) {
                clamps.put(label, new float[rows * circuit.population(label).size()]);
            }
            float[] contrast = new float[rows];
            java.util.Arrays.fill(contrast, 1f);
            BatchResult result = simulation.run(new Batch(rows, clamps, contrast, false,
                    TEST_COORDINATE_BASE + batchIndex, null, null));
            if (classifier != null) {
                float[] counts = result.classifierCounts().get(classifier);
                int classes = circuit.population(classifier).size();
                for (int row = 0; row < rows; row++) {
                    int predicted = Predictions.argmax(counts, row * classes, classes);
                    predictions[from + row] = predicted;
                    correct += predicted == test.labels()[from + row] ? 1 : 0;
                }
            }
            if (reconstruction != null) {
                squaredError += reconstructionError(result.reconstructionTraceSums().get(reconstruction), pixels,
                        steps);
            }
            result.spikesPerStep().forEach((population, rate) -> spikeSums.merge(population, rate * rows, Double::sum));
            listener.batchDone(batchIndex + 1, batches);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        spikeSums.forEach((population, sum) -> rates.put(population, sum / test.count()));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new EvaluationResult(classifier == null ? Double.NaN : correct / (double) test.count(),
                reconstruction == null ? Double.NaN : squaredError / test.count(), rates, predictions, seconds);
    }

    /** Σ over rows and pixels of (traceSum/(T+1) − x)²; the reference divides by the loop bound T+1. */
    private static double reconstructionError(float[] traceSums, float[] pixels, int steps) {
        double sum = 0;
        for (int index = 0; index < pixels.length; index++) {
            double estimate = traceSums[index] / (steps + 1.0);
            double difference = estimate - pixels[index];
            sum += difference * difference;
        }
        return sum;
    }
}
