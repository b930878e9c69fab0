package org.spiking4j.export.loihi.write;

import java.nio.file.Path;
import java.util.List;

/**
 * The golden vectors file {@code <name>.vectors.h5} (loihi-export.md §3.4): {@code inputs} uint8
 * (S, T, n_in), {@code labels} int32 (S), {@code spikes/<population>} uint8 (S, T, n), {@code T}
 * (int32 scalar) and {@code populations}, the population order, as a string array. Each sample
 * starts from zero state.
 */
public final class VectorsWriter {

    public void write(Path target, GoldenVectors vectors) {
        H5File.write(target, root -> {
            root.uint8("inputs", cube(vectors.inputs(), vectors.steps(), vectors.inputSize()),
                    (long) vectors.samples() * vectors.steps() * vectors.inputSize());
            root.int32Array("labels", vectors.labels().clone());
            root.int32("T", vectors.steps());
            root.stringArray("populations", vectors.order().toArray(new String[0]));
            H5Group spikes = root.group("spikes");
            for (String population : vectors.order()) {
                int size = vectors.sizes().get(population);
                spikes.uint8(population, cube(vectors.spikes().get(population), vectors.steps(), size),
                        (long) vectors.samples() * vectors.steps() * size);
            }
        });
    }

    private static byte[][][] cube(List<byte[]> perSample, int steps, int size) {
        byte[][][] cube = new byte[perSample.size()][steps][size];
        for (int sample = 0; sample < perSample.size(); sample++) {
            byte[] flat = perSample.get(sample);
            for (int step = 0; step < steps; step++) {
                System.arraycopy(flat, step * size, cube[sample][step], 0, size);
            }
        }
        return cube;
    }
}
