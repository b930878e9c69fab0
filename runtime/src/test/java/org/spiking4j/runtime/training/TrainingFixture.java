package org.spiking4j.runtime.training;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;

/** The small CSDP circuit of the test resources on synthetic images, with a CPU backend. */
final class TrainingFixture {
    static final int FEATURES = 784;
    static final int CLASSES = 10;

    final PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
    final Backend backend = new CpuBackendProvider().create(registry);
    final ModelDirectory models = new ModelDirectory(registry);

    CircuitDescription circuit(String resource, int epochs) throws Exception {
        Path file = Paths.get(getClass().getResource(resource).toURI());
        CircuitDescription circuit = new CircuitResolver(registry).resolve(new CircuitFiles().read(file, registry));
        return circuit.withProtocol(circuit.protocol().withEpochs(epochs));
    }

    static SimulationOptions threads(int count) {
        return new SimulationOptions(count, KernelChoice.AUTO);
    }

    /** Random sparse images whose class sets a few bright pixels, so there is something to learn. */
    static LabeledDataset syntheticDigits(int trainCount, int testCount) {
        return new LabeledDataset("synthetic", images(trainCount, 1), images(testCount, 2), "generated in the test");
    }

    private static LabeledImages images(int count, int coordinate) {
        CounterRandom random = new CounterRandom(99, RandomStream.SHUFFLE);
        float[] pixels = new float[count * FEATURES];
        int[] labels = new int[count];
        float[] noise = new float[FEATURES];
        for (int row = 0; row < count; row++) {
            labels[row] = row % CLASSES;
            random.fillUniform(noise, 0, FEATURES, row, coordinate, 0);
            for (int pixel = 0; pixel < FEATURES; pixel++) {
                boolean classPixel = pixel / 78 == labels[row];
                pixels[row * FEATURES + pixel] = classPixel ? 0.9f : noise[pixel] < 0.05f ? noise[pixel] * 10 : 0f;
            }
        }
        return new LabeledImages(pixels, labels, count, FEATURES, CLASSES);
    }
}
