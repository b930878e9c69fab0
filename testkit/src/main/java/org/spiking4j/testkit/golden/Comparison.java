package org.spiking4j.testkit.golden;

/** Accumulates a replay's comparisons and remembers the first difference. */
final class Comparison {
    private final String file;
    private final double tolerance;
    private String firstDifference;
    private double largestWeightError;
    private double largestReconstructionError;
    private long spikesCompared;

    Comparison(String file, double tolerance) {
        this.file = file;
        this.tolerance = tolerance;
    }

    boolean passed() {
        return firstDifference == null;
    }

    void fail(String difference) {
        if (firstDifference == null) {
            firstDifference = difference;
        }
    }

    void spikes(String population, String batch, int step, byte[] actual, byte[][] expected, int rows, int size) {
        if (expected == null || !passed()) {
            return;
        }
        byte[] wanted = expected[step];
        for (int index = 0; index < rows * size; index++) {
            if (actual[index] != wanted[index]) {
                fail("first spike difference in population " + population + ", " + batch + ", step " + step
                        + " (t = " + (step + 1) + "), row " + index / size + ", unit " + index % size + ": got "
                        + actual[index] + ", expected " + wanted[index]);
                return;
            }
        }
        spikesCompared += (long) rows * size;
    }

    void exactly(String what, float[] actual, float[] expected) {
        if (!passed()) {
            return;
        }
        if (actual == null || actual.length != expected.length) {
            fail(what + ": size differs");
            return;
        }
        for (int index = 0; index < expected.length; index++) {
            if (actual[index] != expected[index]) {
                fail(what + " differ at index " + index + ": got " + actual[index] + ", expected " + expected[index]);
                return;
            }
        }
    }

    void weights(String what, float[] actual, float[] expected) {
        largestWeightError = Math.max(largestWeightError, within(what, actual, expected));
    }

    void reconstruction(String batch, float[] actual, float[] expected) {
        largestReconstructionError = Math.max(largestReconstructionError,
                within("reconstruction estimate of " + batch, actual, expected));
    }

    private double within(String what, float[] actual, float[] expected) {
        if (actual == null || actual.length != expected.length) {
            fail(what + ": size differs");
            return 0;
        }
        double largest = 0;
        for (int index = 0; index < expected.length; index++) {
            double error = Math.abs((double) actual[index] - expected[index]);
            largest = Math.max(largest, error);
            if (!(error <= tolerance)) {
                fail(what + " differs by " + error + " at index " + index + " (tolerance " + tolerance + ")");
                return largest;
            }
        }
        return largest;
    }

    GoldenReport report() {
        return new GoldenReport(file, passed(), firstDifference, largestWeightError, largestReconstructionError,
                spikesCompared);
    }
}
