package org.spiking4j.runtime.data;

import org.spiking4j.api.Spiking4jException;

/** Checks on integer class labels shared by every dataset source. */
final class ClassLabels {

    private ClassLabels() {
    }

    /** One more than the largest label across the splits. */
    static int inferClasses(int[]... splits) {
        int largest = -1;
        for (int[] labels : splits) {
            for (int label : labels) {
                largest = Math.max(largest, label);
            }
        }
        return largest + 1;
    }

    /** Throws unless every label lies in [0, classes). */
    static void checkRange(int[] labels, int classes, String source) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new Spiking4jException(source + " has the label " + labels[i] + " at row " + i
                        + ", outside the " + classes + " classes (0.." + (classes - 1) + ") this dataset has. "
                        + "Check that the labels belong to this dataset.");
            }
        }
    }
}
