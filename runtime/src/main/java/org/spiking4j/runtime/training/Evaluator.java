package org.spiking4j.runtime.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleBatch;

/**
 * Runs a test set through a simulation without plasticity (csdp.md §6): each batch is the protocol's
 * test batch, each prediction the readout's. Each test batch draws its input spikes at coordinate
 * {@link #TEST_COORDINATE_BASE} + batch index, so evaluation is the same after every epoch.
 */
public final class Evaluator {
    /** Keeps test-batch random coordinates apart from training batches (which count from 0). */
    public static final int TEST_COORDINATE_BASE = 1 << 30;

    private final CircuitTraining training;

    public Evaluator(CircuitTraining training) {
        this.training = training;
    }

    public EvaluationResult evaluate(Simulation simulation, LabeledImages test, int testBatchSize,
            BatchListener listener) {
        long started = System.nanoTime();
        CircuitDescription circuit = simulation.circuit();
        String reconstruction = circuit.populationWithRole(PopulationRole.RECONSTRUCTION);
        int steps = circuit.time().steps();
        int batches = (test.count() + testBatchSize - 1) / testBatchSize;
        int[] predictions = new int[test.count()];
        long correct = 0;
        double squaredError = 0;
        Map<String, Double> spikeSums = new LinkedHashMap<>();
        for (int batchIndex = 0; batchIndex < batches; batchIndex++) {
            int from = batchIndex * testBatchSize;
            int rows = Math.min(testBatchSize, test.count() - from);
            LabeledImages samples = test.slice(from, from + rows);
            SampleBatch batch = training.protocol().testBatch(samples, training.context());
            BatchResult result = simulation.run(batch.toBatch(false, TEST_COORDINATE_BASE + batchIndex));
            if (training.readout() != null) {
                int[] predicted = training.readout().predict(result, rows);
                for (int row = 0; row < rows; row++) {
                    predictions[from + row] = predicted[row];
                    correct += predicted[row] == samples.labels()[row] ? 1 : 0;
                }
            }
            if (reconstruction != null) {
                squaredError += reconstructionError(result.reconstructionTraceSums().get(reconstruction),
                        samples.pixels(), steps);
            }
            result.spikesPerStep().forEach((population, rate) -> spikeSums.merge(population, rate * rows, Double::sum));
            listener.batchDone(batchIndex + 1, batches);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        spikeSums.forEach((population, sum) -> rates.put(population, sum / test.count()));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new EvaluationResult(training.readout() == null ? Double.NaN : correct / (double) test.count(),
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
