package org.spiking4j.export.loihi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.export.loihi.accuracy.AccuracyComparison;
import org.spiking4j.export.loihi.accuracy.BitAccurateEvaluator;
import org.spiking4j.runtime.training.BatchListener;
import org.spiking4j.export.loihi.accuracy.BitAccurateResult;
import org.spiking4j.export.loihi.calibrate.InputHeadroom;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.Quantizer;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;
import org.spiking4j.export.loihi.write.GoldenVectors;

/**
 * The one entry point of the Loihi export: quantises a trained circuit, measures the bit-accurate
 * simulator against the float engine on the test images, and writes the requested files, the
 * golden vectors and the JSON report. Checks that nothing would be overwritten before doing any work.
 */
public final class LoihiExporter {
    /** The seed CircuitResolver gives a circuit that names none. */
    private static final long DEFAULT_SEED = 1234L;
    static final String HARDWARE_REMARK = "Lava's CPU fixed-point model can differ from Loihi 2 microcode: "
            + "check a hardware run spike for spike against the .vectors.h5 file (lava_loader.py shows how).";

    private final Quantizer quantizer = new Quantizer();
    private final BatchListener bitAccurateProgress;

    /** Without progress reports. */
    public LoihiExporter() {
        this(BatchListener.NONE);
    }

    /** Told after every test image the bit-accurate simulator classifies (progress bars). */
    public LoihiExporter(BatchListener bitAccurateProgress) {
        this.bitAccurateProgress = bitAccurateProgress;
    }

    public ExportReport export(TrainedCircuit trained, ExportRequest request) {
        CircuitDescription circuit = trained.circuit();
        String baseName = request.baseName() != null ? request.baseName() : fileStem(circuit.name());
        LabeledImages test = request.testImages();
        ExportFiles files = ExportFiles.plan(request.outputFolder(), baseName, request.formats(), test != null);
        files.checkWritable(request.force());

        BernoulliTestEncoder encoder = test == null ? null : encoder(circuit, test, request);
        Quantization quantization = encoder == null ? quantizer.quantize(trained, request.quantization())
                : new InputHeadroom().fit(trained, request.quantization(), encoder);
        QuantizedNetwork network = quantization.network();
        Map<String, Long> largestInput = new LinkedHashMap<>();
        Map<String, Double> spikesPerStep = new LinkedHashMap<>();
        AccuracyComparison accuracy = null;
        GoldenVectors vectors = null;
        if (encoder != null) {
            vectors = goldenVectors(network, encoder, request.vectorSamples());
            if (network.classifier() != null) {
                BitAccurateResult result = new BitAccurateEvaluator(workers(request), bitAccurateProgress).evaluate(network,
                        encoder);
                largestInput.putAll(result.largestInput());
                spikesPerStep.putAll(result.spikesPerStep());
                Double floatAccuracy = request.floatAccuracy() == null ? null
                        : request.floatAccuracy().accuracy(test, testBatchSize(circuit, request));
                accuracy = new AccuracyComparison(floatAccuracy, result.accuracy(), result.samples(),
                        encoder.description());
            }
        }

        GoldenVectors goldenVectors = vectors;
        AccuracyComparison comparison = accuracy;
        return ExportWriter.write(files, network, List.of(), goldenVectors, formatNotes -> new ExportReport(
                circuit.name(), files.folder().toString(), ExportWriter.fileNames(files), quantization.report(), formatNotes,
                largestInput, LoihiLimits.SYNAPTIC_INPUT_MAX, spikesPerStep, comparison, List.of(HARDWARE_REMARK)));
    }

    private static BernoulliTestEncoder encoder(CircuitDescription circuit, LabeledImages test,
            ExportRequest request) {
        String input = circuit.populationWithRole(org.spiking4j.api.circuit.PopulationRole.INPUT);
        int inputSize = input == null ? test.features() : circuit.population(input).size();
        if (test.features() != inputSize) {
            throw new Spiking4jException("The test images have " + test.features() + " pixels but the input "
                    + "population '" + input + "' has " + inputSize + " units; use the dataset the model was "
                    + "trained on.");
        }
        if (test.count() == 0) {
            throw new Spiking4jException("The test set is empty, so there is nothing to measure or to write as "
                    + "golden vectors.");
        }
        long seed = circuit.seed() == null ? DEFAULT_SEED : circuit.seed();
        return new BernoulliTestEncoder(test, seed, circuit.time().steps(), testBatchSize(circuit, request));
    }

    private static GoldenVectors goldenVectors(QuantizedNetwork network, BernoulliTestEncoder encoder, int wanted) {
        int samples = Math.max(1, Math.min(wanted, encoder.images().count()));
        BitAccurateNetwork simulator = new BitAccurateNetwork(network);
        List<byte[]> inputs = new ArrayList<>();
        Map<String, List<byte[]>> spikes = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (QuantizedPopulation population : network.lifPopulations()) {
            order.add(population.name());
            sizes.put(population.name(), population.size());
            spikes.put(population.name(), new ArrayList<>());
        }
        int[] labels = new int[samples];
        for (int sample = 0; sample < samples; sample++) {
            byte[] input = encoder.encode(sample);
            SampleSpikes result = simulator.run(input);
            inputs.add(input);
            labels[sample] = encoder.images().labels()[sample];
            result.spikes().forEach((population, values) -> spikes.get(population).add(values));
        }
        return new GoldenVectors(inputs, labels, spikes, order, sizes, network.input().size(), network.steps());
    }

    private static int testBatchSize(CircuitDescription circuit, ExportRequest request) {
        if (request.testBatchSize() > 0) {
            return request.testBatchSize();
        }
        return circuit.protocol() == null ? org.spiking4j.api.circuit.ProtocolSpec.DEFAULT_TEST_BATCH_SIZE
                : circuit.protocol().effectiveTestBatchSize();
    }

    private static int workers(ExportRequest request) {
        return request.workers() > 0 ? request.workers() : Runtime.getRuntime().availableProcessors();
    }

    /** The circuit name as a file stem: letters, digits, '-', '_' and '.' kept, anything else '_'. */
    static String fileStem(String name) {
        String stem = name == null || name.isBlank() ? "circuit" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return stem.startsWith(".") ? "_" + stem.substring(1) : stem;
    }
}
