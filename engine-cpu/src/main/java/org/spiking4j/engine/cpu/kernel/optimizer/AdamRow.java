package org.spiking4j.engine.cpu.kernel.optimizer;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.spiking4j.api.engine.builtin.AdamParameters;

/**
 * One weight row's Adam step in csdp.md §3a's float32 order: m = m·β1 + Δ·(1−β1);
 * v = v·β2 + (Δ·Δ)·(1−β2); W = W − (η·(m/bc1)) / (sqrt(v/bc2) + ε). Lanewise operations are the
 * scalar ones in the same order (C2 does not vectorise this loop by itself, because the scratch delta
 * row and the weight row are indexed with different offsets).
 */
final class AdamRow {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private AdamRow() {
    }

    /**
     * Applies {@code delta[0 .. count)} to {@code weights}, {@code m} and {@code v} at
     * {@code [base, base + count)}.
     */
    static void apply(AdamParameters parameters, float firstCorrection, float secondCorrection, float[] weights,
            float[] m, float[] v, int base, float[] delta, int count) {
        float eta = parameters.eta();
        float beta1 = parameters.beta1();
        float beta2 = parameters.beta2();
        float oneMinusBeta1 = parameters.oneMinusBeta1();
        float oneMinusBeta2 = parameters.oneMinusBeta2();
        float epsilon = parameters.epsilon();
        // Once 0.9^k (after ~165 steps) and 0.999^k (after ~17 300) round away, a correction is exactly 1
        // and x / 1 == x: skipping that division changes no bit and saves the costliest instructions.
        boolean firstIsOne = firstCorrection == 1f;
        boolean secondIsOne = secondCorrection == 1f;
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(count); unit < vectorEnd; unit += SPECIES.length()) {
            int index = base + unit;
            FloatVector d = FloatVector.fromArray(SPECIES, delta, unit);
            FloatVector mi = FloatVector.fromArray(SPECIES, m, index).mul(beta1).add(d.mul(oneMinusBeta1));
            FloatVector vi = FloatVector.fromArray(SPECIES, v, index).mul(beta2).add(d.mul(d).mul(oneMinusBeta2));
            mi.intoArray(m, index);
            vi.intoArray(v, index);
            FloatVector firstMoment = firstIsOne ? mi : mi.div(firstCorrection);
            FloatVector secondMoment = secondIsOne ? vi : vi.div(secondCorrection);
            FloatVector step = firstMoment.mul(eta).div(secondMoment.sqrt().add(epsilon));
            FloatVector.fromArray(SPECIES, weights, index).sub(step).intoArray(weights, index);
        }
        for (; unit < count; unit++) {
            int index = base + unit;
            float d = delta[unit];
            float mi = m[index] * beta1 + d * oneMinusBeta1;
            float vi = v[index] * beta2 + (d * d) * oneMinusBeta2;
            m[index] = mi;
            v[index] = vi;
            weights[index] = weights[index]
                    - (eta * (mi / firstCorrection)) / ((float) Math.sqrt(vi / secondCorrection) + epsilon);
        }
    }
}
