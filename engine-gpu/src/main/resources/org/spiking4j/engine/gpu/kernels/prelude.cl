/*
 * Prepended to every program. The engine must round exactly like the CPU engine's Java code
 * (csdp.md 3a), so: no contraction of a*b+c into fma, division and sqrt correctly rounded (the
 * engine builds with -cl-fp32-correctly-rounded-divide-sqrt where the device supports it), and
 * exp evaluated in double and rounded once to float where the device has doubles, as Java's
 * (float) Math.exp(x) does.
 */
#pragma OPENCL FP_CONTRACT OFF

/* The engine passes the work-group width it launches with; local arrays are sized by it. */
#ifndef SPIKING4J_GROUP_WIDTH
#define SPIKING4J_GROUP_WIDTH 64
#endif

#ifdef SPIKING4J_FP64
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
inline float java_exp(float x) { return (float) exp((double) x); }
#else
inline float java_exp(float x) { return exp(x); }
#endif

/* Java's Math.max / Math.min for finite values, including which zero they return for +0 vs -0. */
inline float java_max(float a, float b) {
    if (a == 0.0f && b == 0.0f) {
        return signbit(a) ? b : a;
    }
    return a >= b ? a : b;
}

inline float java_min(float a, float b) {
    if (a == 0.0f && b == 0.0f) {
        return signbit(b) ? b : a;
    }
    return a <= b ? a : b;
}
