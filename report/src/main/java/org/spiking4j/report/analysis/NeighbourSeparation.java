package org.spiking4j.report.analysis;

/**
 * How well classes separate in an embedding: the leave-one-out accuracy of a k-nearest-neighbour
 * vote among the other points (majority of the k nearest; a tie goes to the class of the nearest
 * tied neighbour). 1 means every point sits among its own class; 1/classes is chance.
 */
public record NeighbourSeparation(int neighbours) {
    public static final int DEFAULT_NEIGHBOURS = 5;

    public double accuracy(double[][] points, int[] labels, int classes) {
        int count = points.length;
        int k = Math.min(neighbours, count - 1);
        int correct = 0;
        int[] nearest = new int[k];
        double[] nearestDistance = new double[k];
        for (int point = 0; point < count; point++) {
            int found = 0;
            for (int other = 0; other < count; other++) {
                if (other == point) {
                    continue;
                }
                double distance = squaredDistance(points[point], points[other]);
                if (found < k || distance < nearestDistance[found - 1]) {
                    int slot = found < k ? found++ : k - 1;
                    while (slot > 0 && nearestDistance[slot - 1] > distance) {
                        nearestDistance[slot] = nearestDistance[slot - 1];
                        nearest[slot] = nearest[slot - 1];
                        slot--;
                    }
                    nearestDistance[slot] = distance;
                    nearest[slot] = other;
                }
            }
            correct += vote(nearest, found, labels, classes) == labels[point] ? 1 : 0;
        }
        return count == 0 ? Double.NaN : correct / (double) count;
    }

    /** Majority class among the neighbours (ordered nearest first); ties go to the nearest. */
    private static int vote(int[] nearest, int found, int[] labels, int classes) {
        int[] votes = new int[classes];
        int best = -1;
        for (int index = 0; index < found; index++) {
            votes[labels[nearest[index]]]++;
        }
        for (int index = 0; index < found; index++) {
            int label = labels[nearest[index]];
            if (best < 0 || votes[label] > votes[best]) {
                best = label;
            }
        }
        return best;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int dimension = 0; dimension < a.length; dimension++) {
            double difference = a[dimension] - b[dimension];
            sum += difference * difference;
        }
        return sum;
    }
}
