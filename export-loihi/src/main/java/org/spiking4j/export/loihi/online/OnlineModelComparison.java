package org.spiking4j.export.loihi.online;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.export.loihi.accuracy.AccuracyComparison;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;
import org.spiking4j.export.loihi.write.GoldenVectors;
import org.spiking4j.runtime.training.Accuracy;
import org.spiking4j.runtime.training.BatchListener;

/**
 * The trained float circuit (the protocol's own driver, learning off) and Lava's bit-accurate model
 * of the quantised circuit on the same test images with the same input spikes, both classified by
 * the model's own readout (its labels fitted in training). The first images' last presentations
 * (input and spikes) become the golden vectors.
 */
public final class OnlineModelComparison {
    private final QuantizedNetwork network;
    private final OnlineTraining floatModel;
    private final Readout readout;
    private final String readoutPopulation;
    private final HostPresentation presentation;

    public record Result(AccuracyComparison accuracy, Map<String, Long> largestInput,
            Map<String, Double> spikesPerStep, GoldenVectors vectors) {
    }

    public OnlineModelComparison(QuantizedNetwork network, OnlineTraining floatModel, Readout readout,
            String readoutPopulation, HostPresentation presentation) {
        this.network = network;
        this.floatModel = floatModel;
        this.readout = readout;
        this.readoutPopulation = readoutPopulation;
        this.presentation = presentation;
    }

    public Result compare(PoissonTestEncoder encoder, int vectorSamples, BatchListener progress) {
        LabeledImages images = encoder.images();
        int units = network.population(readoutPopulation).size();
        float[] floatCounts = new float[images.count() * units];
        float[] chipCounts = new float[images.count() * units];
        BitAccurateNetwork chip = new BitAccurateNetwork(network);
        Map<String, Long> largest = new LinkedHashMap<>();
        Map<String, Double> spikeTotals = new LinkedHashMap<>();
        VectorsBuilder vectors = new VectorsBuilder(network, Math.max(1, Math.min(vectorSamples, images.count())));
        for (int image = 0; image < images.count(); image++) {
            presentFloat(encoder, image, floatCounts, image * units);
            presentChip(chip, encoder, image, chipCounts, image * units, largest, spikeTotals, vectors);
            progress.batchDone(image + 1, images.count());
        }
        double floatAccuracy = accuracy(floatCounts, images);
        double chipAccuracy = accuracy(chipCounts, images);
        Map<String, Double> perStep = new LinkedHashMap<>();
        spikeTotals.forEach((population, total) -> perStep.put(population,
                total / ((double) images.count() * network.steps())));
        return new Result(new AccuracyComparison(floatAccuracy, chipAccuracy, images.count(),
                encoder.description() + "; re-presented brighter by the host while the readout fired fewer than "
                        + presentation.minSpikes() + " spikes"), largest, perStep, vectors.build());
    }

    private void presentFloat(PoissonTestEncoder encoder, int image, float[] counts, int offset) {
        int inputs = encoder.images().features();
        int steps = encoder.steps();
        for (int attempt = 0; ; attempt++) {
            byte[] spikes = encoder.encode(image, attempt, presentation.intensityOf(attempt));
            byte[][] rows = new byte[floatModel.stepsPerSample()][inputs];
            for (int step = 0; step < steps; step++) {
                System.arraycopy(spikes, step * inputs, rows[step], 0, inputs);
            }
            java.util.Arrays.fill(counts, offset, offset + floatModel.readoutUnits(), 0f);
            floatModel.presentInjected(rows, false, (step, population, units, count) -> {
                if (population.equals(readoutPopulation)) {
                    for (int index = 0; index < count; index++) {
                        counts[offset + units[index]]++;
                    }
                }
            });
            if (presentation.done(attempt, sum(counts, offset, floatModel.readoutUnits()))) {
                return;
            }
        }
    }

    private void presentChip(BitAccurateNetwork chip, PoissonTestEncoder encoder, int image, float[] counts,
            int offset, Map<String, Long> largest, Map<String, Double> spikeTotals, VectorsBuilder vectors) {
        int units = network.population(readoutPopulation).size();
        for (int attempt = 0; ; attempt++) {
            byte[] input = encoder.encode(image, attempt, presentation.intensityOf(attempt));
            SampleSpikes result = chip.run(input);
            result.largestInput().forEach((population, value) -> largest.merge(population, value, Math::max));
            java.util.Arrays.fill(counts, offset, offset + units, 0f);
            byte[] readoutSpikes = result.spikes().get(readoutPopulation);
            for (int index = 0; index < readoutSpikes.length; index++) {
                counts[offset + index % units] += readoutSpikes[index];
            }
            double total = sum(counts, offset, units);
            if (presentation.done(attempt, total)) {
                // The presentation that was classified, so the golden vectors hold the spikes that counted.
                vectors.add(image, input, encoder.images().labels()[image], result);
                result.spikes().forEach((population, spikes) -> spikeTotals.merge(population, (double) sum(spikes),
                        Double::sum));
                return;
            }
        }
    }

    private double accuracy(float[] counts, LabeledImages images) {
        BatchResult result = new BatchResult(Map.of(readoutPopulation, counts), Map.of(), Map.of());
        return Accuracy.of(readout.predict(result, images.count()), images);
    }

    private static double sum(float[] values, int offset, int count) {
        double total = 0;
        for (int index = offset; index < offset + count; index++) {
            total += values[index];
        }
        return total;
    }

    private static long sum(byte[] values) {
        long total = 0;
        for (byte value : values) {
            total += value;
        }
        return total;
    }

    /** The first images' input and spikes of every LIF population, for the golden vectors file. */
    private static final class VectorsBuilder {
        private final QuantizedNetwork network;
        private final int wanted;
        private final List<byte[]> inputs = new ArrayList<>();
        private final Map<String, List<byte[]>> spikes = new LinkedHashMap<>();
        private final int[] labels;

        VectorsBuilder(QuantizedNetwork network, int wanted) {
            this.network = network;
            this.wanted = wanted;
            this.labels = new int[wanted];
            for (QuantizedPopulation population : network.lifPopulations()) {
                spikes.put(population.name(), new ArrayList<>());
            }
        }

        void add(int image, byte[] input, int label, SampleSpikes result) {
            if (image >= wanted) {
                return;
            }
            inputs.add(input);
            labels[image] = label;
            result.spikes().forEach((population, values) -> spikes.get(population).add(values));
        }

        GoldenVectors build() {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            for (QuantizedPopulation population : network.lifPopulations()) {
                order.add(population.name());
                sizes.put(population.name(), population.size());
            }
            return new GoldenVectors(inputs, labels.clone(), spikes, order, sizes, network.input().size(),
                    network.steps());
        }
    }
}
