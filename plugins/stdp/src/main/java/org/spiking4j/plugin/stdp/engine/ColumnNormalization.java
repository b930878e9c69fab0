package org.spiking4j.plugin.stdp.engine;

/**
 * {@code normalize-columns}: scales each post unit's incoming weights to sum to {@code total},
 * summed and scaled in double (as NumPy does it on Brian2's weights), stored back in float32.
 */
final class ColumnNormalization {
    private final DenseProjection projection;
    private final double total;
    private final double[] columnSums;

    ColumnNormalization(DenseProjection projection, double total) {
        this.projection = projection;
        this.total = total;
        this.columnSums = new double[projection.postSize()];
    }

    DenseProjection projection() {
        return projection;
    }

    double total() {
        return total;
    }

    void apply() {
        float[] weights = projection.matrix();
        int postSize = projection.postSize();
        java.util.Arrays.fill(columnSums, 0.0);
        for (int pre = 0; pre < projection.preSize(); pre++) {
            int base = pre * postSize;
            for (int post = 0; post < postSize; post++) {
                columnSums[post] += weights[base + post];
            }
        }
        for (int post = 0; post < postSize; post++) {
            columnSums[post] = columnSums[post] == 0.0 ? 0.0 : total / columnSums[post];
        }
        for (int pre = 0; pre < projection.preSize(); pre++) {
            int base = pre * postSize;
            for (int post = 0; post < postSize; post++) {
                if (columnSums[post] != 0.0) {
                    weights[base + post] = (float) (weights[base + post] * columnSums[post]);
                }
            }
        }
    }
}
