package org.spiking4j.api.backend;

import java.util.Map;

/**
 * Everything a simulation needs to continue exactly where it was: named float32 arrays (weights,
 * optimiser moments, initial thresholds) and named scalars (the optimiser's step counter).
 * Weight arrays are named as their projections; others carry a prefix such as {@code adam.m/W1}.
 */
public record SimulationState(Map<String, float[]> arrays, Map<String, Double> scalars) {
}
