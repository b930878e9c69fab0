package org.spiking4j.plugin.stdp.engine;

import java.util.Arrays;

/**
 * Pair-based STDP with nearest-spike (or added) traces on one dense projection, event-driven: the
 * pre pathway visits one weight row per pre spike, the post pathway one column per post spike.
 * Traces are double (as Brian2's); pre traces decay lazily from their last spike, as Brian2's
 * event-driven variables do, post traces every step (there are few post units).
 */
final class StdpLearning {
    private static final long NEVER = Long.MIN_VALUE / 2;

    private final DenseProjection projection;
    private final StdpParameters rule;
    private final double postDecay;
    private final double preDecayPerStep;
    private final double[] preTraceAtSpike;
    private final long[] preLastSpike;
    private final double[] postTrace;

    StdpLearning(DenseProjection projection, StdpParameters rule) {
        this.projection = projection;
        this.rule = rule;
        this.postDecay = Math.exp(-rule.dt() / rule.tauPost());
        this.preDecayPerStep = rule.dt() / rule.tauPre();
        this.preTraceAtSpike = new double[projection.preSize()];
        this.preLastSpike = new long[projection.preSize()];
        this.postTrace = new double[projection.postSize()];
        resetTraces();
    }

    DenseProjection projection() {
        return projection;
    }

    StdpParameters rule() {
        return rule;
    }

    double postDecay() {
        return postDecay;
    }

    /** dt/τpre: a pre trace decays by Math.exp(−elapsed · this) after {@code elapsed} steps. */
    double preDecayPerStep() {
        return preDecayPerStep;
    }

    /** The live trace arrays, for a device mirror that downloads into and uploads from them. */
    double[] preTraceAtSpike() {
        return preTraceAtSpike;
    }

    long[] preLastSpike() {
        return preLastSpike;
    }

    double[] postTrace() {
        return postTrace;
    }

    /** §2 steps 3–5 at global step t, after the step's currents were delivered with the old weights. */
    void learn(long t, SpikeList preSpikes, SpikeList postSpikes) {
        for (int post = 0; post < postTrace.length; post++) {
            postTrace[post] *= postDecay;
        }
        float[] weights = projection.matrix();
        int postSize = projection.postSize();
        for (int index = 0; index < preSpikes.count(); index++) {
            int pre = preSpikes.unit(index);
            preTraceAtSpike[pre] = rule.addTraces() ? preTrace(pre, t) + 1.0 : 1.0;
            preLastSpike[pre] = t;
            depressRow(weights, pre * postSize, postSize);
        }
        for (int index = 0; index < postSpikes.count(); index++) {
            int post = postSpikes.unit(index);
            postTrace[post] = rule.addTraces() ? postTrace[post] + 1.0 : 1.0;
            potentiateColumn(weights, post, postSize, t);
        }
    }

    private void depressRow(float[] weights, int base, int postSize) {
        double rate = rule.nuPre();
        double low = rule.wMin();
        double high = rule.wMax();
        for (int post = 0; post < postSize; post++) {
            double trace = postTrace[post];
            if (trace == 0.0) {
                continue;
            }
            double w = weights[base + post];
            double change = rate * trace * (rule.softBounds() ? w - low : 1.0);
            weights[base + post] = (float) clip(w - change, low, high);
        }
    }

    private void potentiateColumn(float[] weights, int post, int postSize, long t) {
        double rate = rule.nuPost();
        double low = rule.wMin();
        double high = rule.wMax();
        for (int pre = 0; pre < preTraceAtSpike.length; pre++) {
            if (preLastSpike[pre] == NEVER) {
                continue;
            }
            int cell = pre * postSize + post;
            double w = weights[cell];
            double change = rate * preTrace(pre, t) * (rule.softBounds() ? high - w : 1.0);
            weights[cell] = (float) clip(w + change, low, high);
        }
    }

    /** The pre trace at step t: its value at the last spike decayed by e^(−(t − last)·dt/τ). */
    private double preTrace(int pre, long t) {
        long last = preLastSpike[pre];
        if (last == NEVER) {
            return 0.0;
        }
        long elapsed = t - last;
        return elapsed == 0 ? preTraceAtSpike[pre] : preTraceAtSpike[pre] * Math.exp(-elapsed * preDecayPerStep);
    }

    private static double clip(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** The traces as exact doubles under {@code prefix}, for a bit-identical resume. */
    void exportTraces(java.util.Map<String, Double> scalars, String prefix) {
        for (int pre = 0; pre < preTraceAtSpike.length; pre++) {
            if (preLastSpike[pre] != NEVER) {
                scalars.put(prefix + "pre/" + pre, preTraceAtSpike[pre]);
                scalars.put(prefix + "preLast/" + pre, (double) preLastSpike[pre]);
            }
        }
        for (int post = 0; post < postTrace.length; post++) {
            scalars.put(prefix + "post/" + post, postTrace[post]);
        }
    }

    void importTraces(java.util.Map<String, Double> scalars, String prefix) {
        if (!scalars.containsKey(prefix + "post/0")) {
            return;
        }
        resetTraces();
        for (int pre = 0; pre < preTraceAtSpike.length; pre++) {
            Double last = scalars.get(prefix + "preLast/" + pre);
            if (last != null) {
                preLastSpike[pre] = last.longValue();
                preTraceAtSpike[pre] = scalars.get(prefix + "pre/" + pre);
            }
        }
        for (int post = 0; post < postTrace.length; post++) {
            postTrace[post] = scalars.get(prefix + "post/" + post);
        }
    }

    /** between: reset sets every trace to 0. */
    void resetTraces() {
        Arrays.fill(preTraceAtSpike, 0.0);
        Arrays.fill(preLastSpike, NEVER);
        Arrays.fill(postTrace, 0.0);
    }
}
