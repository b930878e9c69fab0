package org.spiking4j.runtime.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * K-MNIST as its authors distribute it in NumPy form: four .npz archives, each holding one array
 * (uint8 images (N, 28, 28) or labels (N,)).
 */
public record KmnistNpzFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    private static final List<String> NAMES = List.of(
            "kmnist-train-imgs.npz", "kmnist-train-labels.npz", "kmnist-test-imgs.npz", "kmnist-test-labels.npz");

    /** The four archives in {@code folder}, if all are there. */
    public static Optional<KmnistNpzFiles> find(Path folder) {
        List<Path> files = NAMES.stream().map(folder::resolve).toList();
        if (!files.stream().allMatch(Files::isRegularFile)) {
            return Optional.empty();
        }
        return Optional.of(new KmnistNpzFiles(files.get(0), files.get(1), files.get(2), files.get(3)));
    }

    /** The names looked for, for messages. */
    public static String expectedNames() {
        return String.join(", ", NAMES);
    }

    /** Reads both splits with a fixed number of classes. */
    public LabeledDataset load(String name, String origin, int classes) {
        return ArraySplits.dataset(name, origin,
                new ArraySplits.Split(onlyArray(trainImages), trainImages.toString(), onlyArray(trainLabels), trainLabels.toString()),
                new ArraySplits.Split(onlyArray(testImages), testImages.toString(), onlyArray(testLabels), testLabels.toString()),
                classes);
    }

    private static NdArray onlyArray(Path archive) {
        Map<String, NdArray> arrays = NpzArchive.read(archive);
        if (arrays.size() != 1) {
            throw new Spiking4jException(archive + " holds the arrays " + arrays.keySet()
                    + ", but a K-MNIST archive holds exactly one (arr_0). Check that it is the file its name says.");
        }
        return arrays.values().iterator().next();
    }
}
