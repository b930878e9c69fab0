package org.spiking4j.runtime.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;

/**
 * The four IDX files of an MNIST-style dataset in one folder. Each may be named the usual way
 * ({@code train-images-idx3-ubyte}), with a dot as some mirrors write it
 * ({@code train-images.idx3-ubyte}), and either may end in {@code .gz}.
 */
public record IdxFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    private static final String GZIP_SUFFIX = ".gz";
    private static final List<String> STEMS = List.of(
            "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    /** The four files in {@code folder}, if all are there. */
    public static Optional<IdxFiles> find(Path folder) {
        List<Path> found = new ArrayList<>();
        for (String stem : STEMS) {
            Optional<Path> file = candidates(stem).stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
            if (file.isEmpty()) {
                return Optional.empty();
            }
            found.add(file.get());
        }
        return Optional.of(new IdxFiles(found.get(0), found.get(1), found.get(2), found.get(3)));
    }

    /** The four files in {@code folder}; the message of a missing one lists the names looked for. */
    public static IdxFiles locate(Path folder) {
        DataFolders.requireExisting(folder);
        return find(folder).orElseThrow(() -> new Spiking4jException("The folder " + folder
                + " lacks " + missingNames(folder) + ". An IDX dataset folder needs all four of "
                + expectedNames() + " (each may also end in .gz). Put the files there or pass --data with the "
                + "folder that has them."));
    }

    /** The names looked for, for messages: one per file, with the dotted variant. */
    public static String expectedNames() {
        return STEMS.stream().map(s -> s + " (or " + dotted(s) + ")").collect(Collectors.joining(", "));
    }

    /** Reads both splits with a fixed number of classes. */
    public LabeledDataset load(String name, String origin, int classes) {
        LabeledImages train = IdxReader.readSplit(trainImages, trainLabels, classes);
        LabeledImages test = IdxReader.readSplit(testImages, testLabels, classes);
        checkSameFeatures(train, test);
        return new LabeledDataset(name, train, test, origin);
    }

    /** Reads both splits, taking the number of classes as one more than the largest label. */
    public LabeledDataset load(String name, String origin) {
        int classes = ClassLabels.inferClasses(IdxReader.readLabels(trainLabels), IdxReader.readLabels(testLabels));
        return load(name, origin, classes);
    }

    /** The file names, for origin descriptions. */
    public String fileNames() {
        return List.of(trainImages, trainLabels, testImages, testLabels).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private void checkSameFeatures(LabeledImages train, LabeledImages test) {
        if (train.features() != test.features()) {
            throw new Spiking4jException(trainImages + " has images of " + train.features() + " pixels but "
                    + testImages + " has images of " + test.features() + "; both splits must come from the same dataset.");
        }
    }

    private static String missingNames(Path folder) {
        return STEMS.stream()
                .filter(stem -> candidates(stem).stream().map(folder::resolve).noneMatch(Files::isRegularFile))
                .collect(Collectors.joining(", "));
    }

    private static List<String> candidates(String stem) {
        String dotted = dotted(stem);
        return List.of(stem, stem + GZIP_SUFFIX, dotted, dotted + GZIP_SUFFIX);
    }

    /** {@code train-images-idx3-ubyte} becomes {@code train-images.idx3-ubyte}. */
    private static String dotted(String stem) {
        int lastDash = stem.lastIndexOf("-idx");
        return stem.substring(0, lastDash) + "." + stem.substring(lastDash + 1);
    }
}
