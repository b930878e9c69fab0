package org.spiking4j.export.loihi.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;
import org.spiking4j.runtime.training.BatchListener;

/**
 * Classifies test images with the bit-accurate simulator: the class is the argmax of the
 * classifier's spike counts over the sample (first index on ties), as the float evaluator does.
 * Images are split into contiguous ranges, one per worker, each with its own network; every total
 * is an exact integer, so the result does not depend on the number of workers.
 */
public final class BitAccurateEvaluator {
    private final int workers;
    private final BatchListener progress;
    private final AtomicInteger classified = new AtomicInteger();

    public BitAccurateEvaluator(int workers) {
        this(workers, BatchListener.NONE);
    }

    /** @param progress told after every classified image (from the worker threads, one call at a time) */
    public BitAccurateEvaluator(int workers, BatchListener progress) {
        this.workers = Math.max(1, workers);
        this.progress = progress;
    }

    public BitAccurateResult evaluate(QuantizedNetwork network, BernoulliTestEncoder encoder) {
        if (network.classifier() == null) {
            throw new Spiking4jException("Circuit '" + network.name() + "' has no classifier population "
                    + "(role: classifier), so there is no accuracy to measure.");
        }
        long started = System.nanoTime();
        int samples = encoder.images().count();
        int[] predictions = new int[samples];
        List<RangeTotals> totals = new ArrayList<>();
        int chunks = Math.min(workers, Math.max(1, samples));
        ExecutorService pool = Executors.newFixedThreadPool(chunks);
        try {
            List<Future<RangeTotals>> futures = new ArrayList<>();
            for (int chunk = 0; chunk < chunks; chunk++) {
                int from = (int) ((long) samples * chunk / chunks);
                int to = (int) ((long) samples * (chunk + 1) / chunks);
                futures.add(pool.submit(() -> runRange(network, encoder, from, to, predictions, samples)));
            }
            for (Future<RangeTotals> future : futures) {
                totals.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Spiking4jException("The bit-accurate evaluation was interrupted.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("The bit-accurate evaluation failed.", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return combine(network, totals, samples, predictions, (System.nanoTime() - started) / 1e9);
    }

    private void reportProgress(int samples) {
        synchronized (progress) {
            progress.batchDone(classified.incrementAndGet(), samples);
        }
    }

    private record RangeTotals(long correct, Map<String, Long> largestInput, Map<String, Long> spikeCounts) {
    }

    private RangeTotals runRange(QuantizedNetwork network, BernoulliTestEncoder encoder, int from, int to,
            int[] predictions, int samples) {
        BitAccurateNetwork simulator = new BitAccurateNetwork(network);
        int classes = network.population(network.classifier()).size();
        int[] labels = encoder.images().labels();
        long correct = 0;
        Map<String, Long> largest = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int sample = from; sample < to; sample++) {
            SampleSpikes result = simulator.run(encoder.encode(sample));
            int predicted = argmaxOfCounts(result.spikes().get(network.classifier()), classes);
            predictions[sample] = predicted;
            correct += predicted == labels[sample] ? 1 : 0;
            reportProgress(samples);
            result.largestInput().forEach((population, value) -> largest.merge(population, value, Math::max));
            result.spikes().forEach((population, spikes) -> counts.merge(population, count(spikes), Long::sum));
        }
        return new RangeTotals(correct, largest, counts);
    }

    /** The class with the most spikes over the sample; the first on ties (so silence predicts class 0). */
    static int argmaxOfCounts(byte[] spikes, int classes) {
        int[] counts = new int[classes];
        for (int index = 0; index < spikes.length; index++) {
            counts[index % classes] += spikes[index];
        }
        int best = 0;
        for (int candidate = 1; candidate < classes; candidate++) {
            if (counts[candidate] > counts[best]) {
                best = candidate;
            }
        }
        return best;
    }

    private static long count(byte[] spikes) {
        long total = 0;
        for (byte spike : spikes) {
            total += spike;
        }
        return total;
    }

    private static BitAccurateResult combine(QuantizedNetwork network, List<RangeTotals> totals, int samples,
            int[] predictions, double seconds) {
        long correct = 0;
        Map<String, Long> largest = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RangeTotals range : totals) {
            correct += range.correct();
            range.largestInput().forEach((population, value) -> largest.merge(population, value, Math::max));
            range.spikeCounts().forEach((population, value) -> counts.merge(population, value, Long::sum));
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (QuantizedPopulation population : network.lifPopulations()) {
            long spikes = counts.getOrDefault(population.name(), 0L);
            rates.put(population.name(), samples == 0 ? 0.0 : spikes / ((double) samples * network.steps()));
        }
        return new BitAccurateResult(samples == 0 ? Double.NaN : correct / (double) samples, samples, predictions,
                largest, rates, seconds);
    }
}
