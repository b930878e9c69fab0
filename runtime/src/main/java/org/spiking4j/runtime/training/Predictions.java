package org.spiking4j.runtime.training;

/** Class predictions from spike counts. */
final class Predictions {

    private Predictions() {
    }

    /** Index of the largest count in counts[offset .. offset+classes), the first on ties (so all-zero gives 0). */
    static int argmax(float[] counts, int offset, int classes) {
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (counts[offset + k] > counts[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
