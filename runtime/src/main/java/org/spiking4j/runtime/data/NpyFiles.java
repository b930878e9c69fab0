package org.spiking4j.runtime.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.io.NpyFormat;

/**
 * A dataset saved as four .npy files, the reference implementation's convention: {@code trainX.npy},
 * {@code trainY.npy}, {@code testX.npy} and {@code testY.npy}.
 */
public record NpyFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    private static final List<String> NAMES = List.of("trainX.npy", "trainY.npy", "testX.npy", "testY.npy");

    /** The four files in {@code folder}, if all are there. */
    public static Optional<NpyFiles> find(Path folder) {
        List<Path> files = NAMES.stream().map(folder::resolve).toList();
        if (!files.stream().allMatch(Files::isRegularFile)) {
            return Optional.empty();
        }
        return Optional.of(new NpyFiles(files.get(0), files.get(1), files.get(2), files.get(3)));
    }

    /** The four files in {@code folder}; the message of a missing one lists the names looked for. */
    public static NpyFiles locate(Path folder) {
        DataFolders.requireExisting(folder);
        return find(folder).orElseThrow(() -> new Spiking4jException("The folder " + folder + " lacks "
                + NAMES.stream().filter(n -> !Files.isRegularFile(folder.resolve(n))).collect(Collectors.joining(", "))
                + ". A .npy dataset folder needs all four of " + expectedNames()
                + ". Save them with numpy.save or pass --data with the folder that has them."));
    }

    /** The names looked for, for messages. */
    public static String expectedNames() {
        return String.join(", ", NAMES);
    }

    /**
     * Reads both splits. The number of classes is the one-hot width, or one more than the largest
     * integer label in either split.
     */
    public LabeledDataset load(String name, String origin) {
        return ArraySplits.dataset(name, origin, trainSplit(), testSplit());
    }

    /** Reads both splits with a fixed number of classes that every label must lie within. */
    public LabeledDataset load(String name, String origin, int classes) {
        return ArraySplits.dataset(name, origin, trainSplit(), testSplit(), classes);
    }

    private ArraySplits.Split trainSplit() {
        return new ArraySplits.Split(NpyFormat.readNpy(trainImages), trainImages.toString(),
                NpyFormat.readNpy(trainLabels), trainLabels.toString());
    }

    private ArraySplits.Split testSplit() {
        return new ArraySplits.Split(NpyFormat.readNpy(testImages), testImages.toString(),
                NpyFormat.readNpy(testLabels), testLabels.toString());
    }

    /** The file names, for origin descriptions. */
    public String fileNames() {
        return Stream.of(trainImages, trainLabels, testImages, testLabels)
                .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }
}
