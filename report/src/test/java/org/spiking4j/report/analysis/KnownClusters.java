package org.spiking4j.report.analysis;

import java.util.Random;

/** Points around well-apart centres in many dimensions, labelled by their centre: a case whose answer is known. */
final class KnownClusters {
    final double[][] points;
    final int[] labels;

    private KnownClusters(double[][] points, int[] labels) {
        this.points = points;
        this.labels = labels;
    }

    /**
     * @param spread standard deviation of each coordinate around its centre (centres lie about 1 apart per
     *     coordinate, so distances between centres are about √dimensions)
     */
    static KnownClusters generate(int clusters, int perCluster, int dimensions, double spread, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[clusters][dimensions];
        for (double[] centre : centres) {
            for (int dimension = 0; dimension < dimensions; dimension++) {
                centre[dimension] = random.nextBoolean() ? 1 : 0;
            }
        }
        double[][] points = new double[clusters * perCluster][dimensions];
        int[] labels = new int[points.length];
        for (int point = 0; point < points.length; point++) {
            labels[point] = point % clusters;
            for (int dimension = 0; dimension < dimensions; dimension++) {
                points[point][dimension] = centres[labels[point]][dimension] + spread * random.nextGaussian();
            }
        }
        return new KnownClusters(points, labels);
    }

    int[] shuffledLabels(long seed) {
        int[] shuffled = labels.clone();
        Random random = new Random(seed);
        for (int index = shuffled.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int swap = shuffled[index];
            shuffled[index] = shuffled[other];
            shuffled[other] = swap;
        }
        return shuffled;
    }
}
