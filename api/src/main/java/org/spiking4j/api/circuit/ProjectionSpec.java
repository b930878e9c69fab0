package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A weight matrix of shape (from.size, to.size). Its current into {@code to} is the sum over the
 * spiking pre-neurons of their weight rows, times {@code sign * scale}. {@code delay} 1 reads the
 * pre spikes of the previous step, 0 those of the current step. {@code bounds} clip the weights
 * after every update; {@code hollow} zeroes the diagonal after the clip. A projection without a
 * rule is fixed. Instead of a trained matrix a fixed projection may declare its wiring:
 * {@code connect: one-to-one | all-but-self | all} with one {@code weight}. {@code constraint} names
 * a projection-level constraint (e.g. {@code normalize-columns}) applied at the protocol's sample
 * boundaries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionSpec(String from, String to, Double scale, Integer sign, Boolean hollow, List<Double> bounds,
        Integer delay, RuleSpec rule, String connect, Double weight, ConstraintSpec constraint) {

    public static final double DEFAULT_SCALE = 1.0;
    public static final int DEFAULT_DELAY = 1;
    public static final double DEFAULT_LOWER_BOUND = -1.0;
    public static final double DEFAULT_UPPER_BOUND = 1.0;

    /** A projection without declared wiring or constraint (the CSDP circuits' form). */
    public ProjectionSpec(String from, String to, Double scale, Integer sign, Boolean hollow, List<Double> bounds,
            Integer delay, RuleSpec rule) {
        this(from, to, scale, sign, hollow, bounds, delay, rule, null, null, null);
    }

    public double effectiveScale() {
        return scale == null ? DEFAULT_SCALE : scale;
    }

    public int effectiveSign() {
        return sign == null ? 1 : sign;
    }

    public boolean isHollow() {
        return hollow != null && hollow;
    }

    public int effectiveDelay() {
        return delay == null ? DEFAULT_DELAY : delay;
    }

    public double lowerBound() {
        return bounds == null ? DEFAULT_LOWER_BOUND : bounds.get(0);
    }

    public double upperBound() {
        return bounds == null ? DEFAULT_UPPER_BOUND : bounds.get(1);
    }

    public ProjectionSpec withRule(RuleSpec newRule) {
        return new ProjectionSpec(from, to, scale, sign, hollow, bounds, delay, newRule, connect, weight, constraint);
    }
}
