package org.spiking4j.runtime.sweep;

/**
 * Mean, sample standard deviation (n − 1 in the denominator; 0 for a single value), minimum and
 * maximum of a few values, such as one setting's test accuracies over its seeds.
 */
public record SampleStatistics(int count, double mean, double standardDeviation, double minimum, double maximum) {

    public static SampleStatistics of(double[] values) {
        if (values.length == 0) {
            return new SampleStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            sum += value;
            minimum = Math.min(minimum, value);
            maximum = Math.max(maximum, value);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double deviation = values.length == 1 ? 0 : Math.sqrt(squares / (values.length - 1));
        return new SampleStatistics(values.length, mean, deviation, minimum, maximum);
    }
}
