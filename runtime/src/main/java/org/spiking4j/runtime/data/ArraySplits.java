package org.spiking4j.runtime.data;

import java.util.Arrays;
import java.util.OptionalInt;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.runtime.io.NdArray;

/** Builds a dataset from image and label arrays, checking that the arrays agree with each other. */
final class ArraySplits {

    /** One split's arrays with the names of the files they came from. */
    record Split(NdArray images, String imagesSource, NdArray labels, String labelsSource) {
    }

    private ArraySplits() {
    }

    /** The dataset, with as many classes as the labels imply (one-hot width or largest label + 1). */
    static LabeledDataset dataset(String name, String origin, Split trainSplit, Split testSplit) {
        return dataset(name, origin, trainSplit, testSplit, OptionalInt.empty());
    }

    /** The dataset, with a fixed number of classes that every label must lie within. */
    static LabeledDataset dataset(String name, String origin, Split trainSplit, Split testSplit, int classes) {
        return dataset(name, origin, trainSplit, testSplit, OptionalInt.of(classes));
    }

    private static LabeledDataset dataset(String name, String origin, Split trainSplit, Split testSplit,
            OptionalInt fixedClasses) {
        ArrayImages.Labels trainLabels = ArrayImages.labels(trainSplit.labels(), trainSplit.labelsSource());
        ArrayImages.Labels testLabels = ArrayImages.labels(testSplit.labels(), testSplit.labelsSource());
        int classes = fixedClasses.orElseGet(() -> classes(trainLabels, testLabels, trainSplit, testSplit));
        ClassLabels.checkRange(trainLabels.values(), classes, trainSplit.labelsSource());
        ClassLabels.checkRange(testLabels.values(), classes, testSplit.labelsSource());
        LabeledImages train = images(trainSplit, trainLabels, classes);
        LabeledImages test = images(testSplit, testLabels, classes);
        if (train.features() != test.features()) {
            throw new Spiking4jException(trainSplit.imagesSource() + " has images of " + train.features()
                    + " values but " + testSplit.imagesSource() + " has images of " + test.features()
                    + "; both splits must have the same image shape.");
        }
        return new LabeledDataset(name, train, test, origin);
    }

    private static int classes(ArrayImages.Labels train, ArrayImages.Labels test, Split trainSplit, Split testSplit) {
        if (train.oneHot() && test.oneHot() && train.impliedClasses() != test.impliedClasses()) {
            throw new Spiking4jException(trainSplit.labelsSource() + " has one-hot rows of " + train.impliedClasses()
                    + " classes but " + testSplit.labelsSource() + " has rows of " + test.impliedClasses()
                    + "; both splits must encode the same classes.");
        }
        return Math.max(train.impliedClasses(), test.impliedClasses());
    }

    private static LabeledImages images(Split split, ArrayImages.Labels labels, int classes) {
        NdArray images = split.images();
        float[] pixels = ArrayImages.pixels(images, split.imagesSource());
        int count = images.dimension(0);
        if (labels.values().length != count) {
            throw new Spiking4jException(split.imagesSource() + " holds " + count + " images (shape "
                    + Arrays.toString(images.shape()) + ") but " + split.labelsSource() + " holds "
                    + labels.values().length + " labels (shape " + Arrays.toString(split.labels().shape())
                    + "); they must match one to one.");
        }
        return new LabeledImages(pixels, labels.values(), count, ArrayImages.features(images), classes);
    }
}
