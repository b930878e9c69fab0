/*
 * The STDP plugin's online circuit (stdp.md §2) on OpenCL, one work item per neuron or per weight
 * column. Every kernel repeats its CPU twin's double and float operations in the same order
 * (OnlineCircuit, LifPopulation, DenseProjection, PatternProjection, StdpLearning,
 * ColumnNormalization), so that PoCL reproduces the CPU driver bit for bit: the engine's prelude
 * turns contraction off, v, θ, currents and traces are double as on the CPU, and the only
 * transcendental (a pre trace's e^(−elapsed·dt/τ)) comes from a table the host fills with Java's
 * Math.exp.
 */
#ifndef SPIKING4J_FP64
#error "the STDP online circuit keeps v, theta and traces in double: it needs a device with cl_khr_fp64"
#endif

#define NEVER (LONG_MIN / 2)
#define PATTERN_ONE_TO_ONE 0
#define PATTERN_ALL_BUT_SELF 1
#define PATTERN_ALL 2

/* Java's Math.min / Math.max for doubles, NaN and signed zeros included. */
inline double java_min_double(double a, double b) {
    if (a != a) {
        return a;
    }
    if (a == 0.0 && b == 0.0 && signbit(b)) {
        return b;
    }
    return a <= b ? a : b;
}

inline double java_max_double(double a, double b) {
    if (a != a) {
        return a;
    }
    if (a == 0.0 && b == 0.0 && signbit(a)) {
        return b;
    }
    return a >= b ? a : b;
}

inline double clip(double value, double low, double high) {
    return java_max_double(low, java_min_double(high, value));
}

/* §2 steps 1, 2 and 6 for one neuron, after adding its gated delay-1 current (LifPopulation.step). */
__kernel void lif_step(__global double *potential, __global double *theta, __global double *pending,
        __global long *lastSpike, __global uchar *gateOpen, __global uchar *fired, __global float *counts,
        int size, long t, int adaptThreshold, int countSpikes, double rest, double reset, double threshold,
        double membraneDecay, double thetaDecay, double thetaPlus, long refractorySteps) {
    int unit = get_global_id(0);
    if (unit >= size) {
        return;
    }
    double v = potential[unit];
    if (gateOpen[unit]) {
        v += pending[unit];
    }
    pending[unit] = 0.0;
    bool free = t - lastSpike[unit] >= refractorySteps;
    if (free) {
        v = rest + (v - rest) * membraneDecay;
    }
    double th = theta[unit];
    if (adaptThreshold) {
        th *= thetaDecay;
    }
    bool spike = free && v > threshold + th;
    if (spike) {
        lastSpike[unit] = t;
        v = reset;
        if (adaptThreshold) {
            th += thetaPlus;
        }
        if (countSpikes) {
            counts[unit] += 1.0f;
        }
    }
    theta[unit] = th;
    fired[unit] = spike ? 1 : 0;
    gateOpen[unit] = free && !spike;
    potential[unit] = v;
}

/* between: reset (LifPopulation.resetPotentials). */
__kernel void lif_reset(__global double *potential, __global double *pending, int size, double rest) {
    int unit = get_global_id(0);
    if (unit < size) {
        potential[unit] = rest;
        pending[unit] = 0.0;
    }
}

/* A dense projection's current into one post unit: the rows of the spiking pre units, ascending. */
__kernel void deliver_dense(__global const float *weights, __global const uchar *preFired, int preOffset,
        int preSize, int postSize, __global double *pending) {
    int post = get_global_id(0);
    if (post >= postSize) {
        return;
    }
    __global const uchar *spikes = preFired + preOffset;
    double current = pending[post];
    for (int pre = 0; pre < preSize; pre++) {
        if (spikes[pre]) {
            current += weights[pre * postSize + post];
        }
    }
    pending[post] = current;
}

/* A fixed projection wired by a pattern with one weight (PatternProjection.deliver). */
__kernel void deliver_pattern(__global const uchar *preFired, int preOffset, int preSize, int postSize,
        int pattern, double weight, __global double *pending) {
    int post = get_global_id(0);
    if (post >= postSize) {
        return;
    }
    __global const uchar *spikes = preFired + preOffset;
    int count = 0;
    for (int pre = 0; pre < preSize; pre++) {
        count += spikes[pre] ? 1 : 0;
    }
    if (count == 0) {
        return;
    }
    if (pattern == PATTERN_ONE_TO_ONE) {
        if (post < preSize && spikes[post]) {
            pending[post] += weight;
        }
    } else if (pattern == PATTERN_ALL) {
        double total = weight * count;
        pending[post] += total;
    } else {
        int others = post < preSize && spikes[post] ? count - 1 : count;
        pending[post] += weight * others;
    }
}

/* The pre trace at step t (StdpLearning.preTrace); decay[k] = Math.exp(-k·dt/τpre) until it is 0. */
inline double pre_trace(__global const double *atSpike, __global const long *lastSpike,
        __global const double *decay, long decaySize, int pre, long t) {
    long last = lastSpike[pre];
    if (last == NEVER) {
        return 0.0;
    }
    long elapsed = t - last;
    if (elapsed == 0) {
        return atSpike[pre];
    }
    return atSpike[pre] * (elapsed < decaySize ? decay[elapsed] : 0.0);
}

/* STDP's pre pathway, trace part: x_pre of every pre unit that spiked at t is set (or has 1 added). */
__kernel void stdp_pre_traces(__global const uchar *preFired, int preOffset, int preSize,
        __global double *preAtSpike, __global long *preLastSpike, __global const double *decay, long decaySize,
        long t, int addTraces) {
    int pre = get_global_id(0);
    if (pre >= preSize || !preFired[preOffset + pre]) {
        return;
    }
    double value = addTraces ? pre_trace(preAtSpike, preLastSpike, decay, decaySize, pre, t) + 1.0 : 1.0;
    preAtSpike[pre] = value;
    preLastSpike[pre] = t;
}

/*
 * §2 steps 3–5 for one weight column (post unit): x_post decays; each spiking pre unit's weight is
 * depressed by x_post (before this step's post spike); if the post unit spiked, x_post is set and
 * every weight from a pre unit with a trace is potentiated by x_pre (this step's pre spikes included).
 */
__kernel void stdp_column(__global float *weights, __global const uchar *preFired, int preOffset, int preSize,
        int postSize, __global const uchar *postFired, __global double *postTrace,
        __global const double *preAtSpike, __global const long *preLastSpike, __global const double *decay,
        long decaySize, long t, double postDecay, double nuPre, double nuPost, double low, double high,
        int addTraces, int softBounds) {
    int post = get_global_id(0);
    if (post >= postSize) {
        return;
    }
    __global const uchar *spikes = preFired + preOffset;
    double trace = postTrace[post] * postDecay;
    if (trace != 0.0) {
        for (int pre = 0; pre < preSize; pre++) {
            if (spikes[pre]) {
                int cell = pre * postSize + post;
                double w = weights[cell];
                double change = nuPre * trace * (softBounds ? w - low : 1.0);
                weights[cell] = (float) clip(w - change, low, high);
            }
        }
    }
    if (postFired[post]) {
        trace = addTraces ? trace + 1.0 : 1.0;
        for (int pre = 0; pre < preSize; pre++) {
            if (preLastSpike[pre] == NEVER) {
                continue;
            }
            int cell = pre * postSize + post;
            double w = weights[cell];
            double change = nuPost * pre_trace(preAtSpike, preLastSpike, decay, decaySize, pre, t)
                    * (softBounds ? high - w : 1.0);
            weights[cell] = (float) clip(w + change, low, high);
        }
    }
    postTrace[post] = trace;
}

/* between: reset sets every trace to 0 (StdpLearning.resetTraces); one item per pre and post unit. */
__kernel void stdp_reset_traces(__global double *preAtSpike, __global long *preLastSpike, int preSize,
        __global double *postTrace, int postSize) {
    int unit = get_global_id(0);
    if (unit < preSize) {
        preAtSpike[unit] = 0.0;
        preLastSpike[unit] = NEVER;
    }
    if (unit < postSize) {
        postTrace[unit] = 0.0;
    }
}

/* normalize-columns for one post unit: sum in double over the pre units, ascending, then scale. */
__kernel void normalize_column(__global float *weights, int preSize, int postSize, double total) {
    int post = get_global_id(0);
    if (post >= postSize) {
        return;
    }
    double sum = 0.0;
    for (int pre = 0; pre < preSize; pre++) {
        sum += weights[pre * postSize + post];
    }
    double factor = sum == 0.0 ? 0.0 : total / sum;
    if (factor != 0.0) {
        for (int pre = 0; pre < preSize; pre++) {
            int cell = pre * postSize + post;
            weights[cell] = (float) (weights[cell] * factor);
        }
    }
}
