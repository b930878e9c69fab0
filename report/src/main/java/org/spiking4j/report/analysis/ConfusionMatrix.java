package org.spiking4j.report.analysis;

/** counts[true class][predicted class] over a test set. */
public record ConfusionMatrix(int[][] counts) {

    public static ConfusionMatrix of(int[] predictions, int[] labels, int classes) {
        int[][] counts = new int[classes][classes];
        for (int index = 0; index < labels.length; index++) {
            counts[labels[index]][predictions[index]]++;
        }
        return new ConfusionMatrix(counts);
    }

    public int classes() {
        return counts.length;
    }

    public double accuracy() {
        long correct = 0;
        long total = 0;
        for (int actual = 0; actual < counts.length; actual++) {
            for (int predicted = 0; predicted < counts.length; predicted++) {
                total += counts[actual][predicted];
                correct += actual == predicted ? counts[actual][predicted] : 0;
            }
        }
        return total == 0 ? Double.NaN : correct / (double) total;
    }
}
