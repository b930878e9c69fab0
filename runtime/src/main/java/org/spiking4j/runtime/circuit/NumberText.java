package org.spiking4j.runtime.circuit;

import java.math.BigDecimal;

/** Writes numbers in messages the way people write them in YAML: 100, not 100.0; 0.000001, not 1.0E-6. */
final class NumberText {
    /** Beyond this, plain decimal notation gets unreadable, so Java's scientific notation is kept. */
    private static final double PLAIN_LIMIT = 1e15;
    private static final double PLAIN_SMALLEST = 1e-9;

    private NumberText() {
    }

    static String of(double value) {
        double magnitude = Math.abs(value);
        if (Double.isNaN(value) || Double.isInfinite(value) || magnitude >= PLAIN_LIMIT
                || (magnitude < PLAIN_SMALLEST && value != 0)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
