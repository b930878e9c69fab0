package org.spiking4j.api.data;

import org.spiking4j.api.Spiking4jException;

/**
 * Images as rows of intensities in [0, 1] with integer class labels.
 *
 * @param pixels row-major (count, features)
 * @param labels one class index per row
 */
public record LabeledImages(float[] pixels, int[] labels, int count, int features, int classes) {

    public LabeledImages {
        if (pixels.length != (long) count * features || labels.length != count) {
            throw new Spiking4jException("Image set of " + count + " rows of " + features
                    + " features has " + pixels.length + " pixels and " + labels.length + " labels.");
        }
    }

    /** The first {@code limit} rows (all when limit is 0 or larger than the set). */
    public LabeledImages head(int limit) {
        if (limit <= 0 || limit >= count) {
            return this;
        }
        return slice(0, limit);
    }

    /** Rows [from, to). */
    public LabeledImages slice(int from, int to) {
        float[] part = java.util.Arrays.copyOfRange(pixels, from * features, to * features);
        int[] partLabels = java.util.Arrays.copyOfRange(labels, from, to);
        return new LabeledImages(part, partLabels, to - from, features, classes);
    }
}
