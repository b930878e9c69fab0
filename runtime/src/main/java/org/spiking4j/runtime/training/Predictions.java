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

    /** How many predictions equal their labels. */
    static long countCorrect(int[] predicted, int[] labels) {
        long correct = 0;
        for (int row = 0; row < predicted.length; row++) {
            correct += predicted[row] == labels[row] ? 1 : 0;
        }
        return correct;
    }
}
