package org.spiking4j.export.loihi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.engine.cpu.CpuEnginePlugin;
import org.spiking4j.export.loihi.accuracy.FloatModelAccuracy;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.runtime.builtin.BuiltinPlugin;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.data.IdxFiles;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.ContrastiveSupervisedProtocol;

/**
 * Not a unit test (run it by name): trains a small CSDP circuit on MNIST with the CPU engine, then
 * exports it and prints the float engine's and the bit-accurate simulator's test accuracy side by
 * side, for rhoB 0.001 (adaptive threshold) and rhoB 0 (the hardware-aware fixed threshold).
 *
 * <pre>
 * SPIKING4J_MNIST_DIR=/path/to/idx mvn -o -pl export-loihi -am test -Dtest=MnistQuantisationMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dhidden=256,64 -DtrainLimit=2000 -Depochs=3 -DtestLimit=10000]
 * </pre>
 */
class MnistQuantisationMeasurement {

    @Test
    void measure() throws Exception {
        String folder = System.getenv("SPIKING4J_MNIST_DIR");
        Assumptions.assumeTrue(folder != null, "set SPIKING4J_MNIST_DIR to a folder with the MNIST IDX files");
        String[] hidden = System.getProperty("hidden", "256,64").split(",");
        int trainLimit = Integer.getInteger("trainLimit", 2000);
        int epochs = Integer.getInteger("epochs", 3);
        int testLimit = Integer.getInteger("testLimit", 10000);
        int batchSize = Integer.getInteger("batchSize", 100);
        int steps = Integer.getInteger("steps", 50);
        String rhoValues = System.getProperty("rhoB", "0.001,0");
        LabeledDataset mnist = IdxFiles.locate(Path.of(folder)).load("mnist", "MNIST IDX", 10);
        LabeledImages train = mnist.train().head(trainLimit);
        LabeledImages test = mnist.test().head(testLimit);
        StringBuilder summary = new StringBuilder();
        for (String rho : rhoValues.split(",")) {
            double rhoB = Double.parseDouble(rho);
            CircuitDescription circuit = circuit(Integer.parseInt(hidden[0].trim()), Integer.parseInt(hidden[1].trim()),
                    rhoB, steps, batchSize, epochs);
            long started = System.nanoTime();
            TrainedCircuit trained = train(circuit, train, epochs);
            double trainSeconds = (System.nanoTime() - started) / 1e9;
            Path out = Files.createTempDirectory("loihi-measure");
            ExportReport report = new LoihiExporter().export(trained, ExportRequest.to(out)
                    .withTestImages(test, circuit.protocol().effectiveTestBatchSize())
                    .withFloatAccuracy(floatAccuracy(trained)).withWorkers(2)
                    .withQuantization(QuantizationOptions.defaults()));
            System.out.println(report.toText());
            summary.append(String.format(java.util.Locale.ROOT,
                    "%s rhoB=%s train %d images x %d epochs (%.0f s): float %.2f%%, bit-accurate %.2f%%, loss %.2f points, z spikes/step %s%n",
                    circuit.name(), rho, train.count(), epochs, trainSeconds, 100 * report.accuracy().floatAccuracy(),
                    100 * report.accuracy().bitAccurateAccuracy(), report.accuracy().lossPoints(),
                    report.spikesPerStep()));
        }
        System.out.println(summary);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "loihi-measurement.txt"), summary.toString());
    }

    private static CircuitDescription circuit(int n1, int n2, double rhoB, int steps, int batchSize, int epochs) {
        CircuitDescription base = SyntheticModel.circuit(rhoB);
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        base.populations().forEach((name, spec) -> {
            int size = name.equals("z1") ? n1 : name.equals("z2") ? n2 : spec.size();
            populations.put(name, new PopulationSpec(spec.model(), size, spec.role(), spec.params(), spec.trace()));
        });
        CircuitDescription sized = new CircuitDescription(base.apiVersion(),
                "mnist-" + n1 + "-" + n2 + (rhoB == 0 ? "-fixed-threshold" : ""), 1234L, new TimeSpec(3.0, steps),
                populations, base.signals(), base.projections(),
                new org.spiking4j.api.circuit.OptimizerSpec("adam", null),
                new ProtocolSpec("contrastive-supervised", batchSize, epochs, 1000, 0, null), null, null);
        PluginRegistry registry = registry();
        return new CircuitResolver(registry).resolve(sized);
    }

    private static PluginRegistry registry() {
        return PluginRegistry.of(List.of(new BuiltinPlugin(), new CpuEnginePlugin()));
    }

    private static TrainedCircuit train(CircuitDescription circuit, LabeledImages train, int epochs) {
        Backend backend = new CpuBackendProvider().create(registry());
        ContrastiveSupervisedProtocol protocol = new ContrastiveSupervisedProtocol();
        CounterRandom negatives = new CounterRandom(circuit.seed(), RandomStream.NEGATIVES);
        CounterRandom shuffle = new CounterRandom(circuit.seed(), RandomStream.SHUFFLE);
        int batchSize = circuit.protocol().batchSize();
        int batches = train.count() / batchSize;
        try (Simulation simulation = backend.compile(circuit, new SimulationOptions(2, KernelChoice.AUTO))) {
            int coordinate = 0;
            for (int epoch = 0; epoch < epochs; epoch++) {
                int[] order = permutation(train.count(), shuffle, epoch);
                for (int batch = 0; batch < batches; batch++) {
                    LabeledImages positives = rows(train, order, batch * batchSize, batchSize);
                    SampleBatch simulated = protocol.trainingBatch(positives,
                            new ProtocolContext(circuit, circuit.protocol(), negatives), coordinate);
                    simulation.run(simulated.toBatch(true, coordinate));
                    coordinate++;
                }
                System.out.println("epoch " + (epoch + 1) + " done");
            }
            return TrainedCircuit.of(circuit, simulation.exportState());
        }
    }

    /** The float CPU engine evaluated as the runtime's Evaluator does (labels zeroed, test coordinates). */
    private static FloatModelAccuracy floatAccuracy(TrainedCircuit trained) {
        return (test, testBatchSize) -> {
            Backend backend = new CpuBackendProvider().create(registry());
            CircuitDescription circuit = trained.circuit();
            try (Simulation simulation = backend.compile(circuit, new SimulationOptions(2, KernelChoice.AUTO))) {
                Map<String, float[]> arrays = new LinkedHashMap<>(trained.weights());
                trained.initialThresholds().forEach((p, v) -> arrays.put(TrainedCircuit.thresholdKey(p), v));
                simulation.importState(new org.spiking4j.api.backend.SimulationState(arrays, Map.of()));
                long correct = 0;
                int batches = (test.count() + testBatchSize - 1) / testBatchSize;
                for (int batch = 0; batch < batches; batch++) {
                    int from = batch * testBatchSize;
                    int rows = Math.min(testBatchSize, test.count() - from);
                    Map<String, float[]> clamps = new LinkedHashMap<>();
                    clamps.put("z0", java.util.Arrays.copyOfRange(test.pixels(), from * test.features(),
                            (from + rows) * test.features()));
                    clamps.put("z3", new float[rows * 10]);
                    float[] contrast = new float[rows];
                    java.util.Arrays.fill(contrast, 1f);
                    BatchResult result = simulation.run(new Batch(rows, clamps, contrast, false,
                            BernoulliTestEncoder.TEST_COORDINATE_BASE + batch, null, null));
                    float[] counts = result.classifierCounts().get("zy");
                    for (int row = 0; row < rows; row++) {
                        int best = 0;
                        for (int c = 1; c < 10; c++) {
                            if (counts[row * 10 + c] > counts[row * 10 + best]) {
                                best = c;
                            }
                        }
                        correct += best == test.labels()[from + row] ? 1 : 0;
                    }
                }
                return correct / (double) test.count();
            }
        };
    }

    private static int[] permutation(int count, CounterRandom random, int epoch) {
        int[] order = new int[count];
        for (int index = 0; index < count; index++) {
            order[index] = index;
        }
        for (int index = count - 1; index > 0; index--) {
            int other = random.uniformInt(index, index + 1, epoch, 0, 0);
            int swap = order[index];
            order[index] = order[other];
            order[other] = swap;
        }
        return order;
    }

    private static LabeledImages rows(LabeledImages images, int[] order, int from, int count) {
        float[] pixels = new float[count * images.features()];
        int[] labels = new int[count];
        for (int row = 0; row < count; row++) {
            int source = order[from + row];
            System.arraycopy(images.pixels(), source * images.features(), pixels, row * images.features(),
                    images.features());
            labels[row] = images.labels()[source];
        }
        return new LabeledImages(pixels, labels, count, images.features(), images.classes());
    }
}
