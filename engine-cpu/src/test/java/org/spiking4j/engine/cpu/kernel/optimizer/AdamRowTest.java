package org.spiking4j.engine.cpu.kernel.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.engine.builtin.AdamParameters;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * The vector row step equals csdp.md §3a's scalar formula bit for bit, early in training (both
 * corrections below 1), after ~165 steps (the first exactly 1) and after ~17 300 (both exactly 1).
 */
class AdamRowTest {
    private static final int LENGTH = 3003;
    private static final AdamParameters ADAM = new AdamParameters(0.002f, 0.9f, 0.999f, 1e-8f, (float) (1.0 - 0.9),
            (float) (1.0 - 0.999));

    @Test
    void vectorStepEqualsTheScalarFormulaForEveryCorrection() {
        for (int step : new int[] {1, 7, 200, 20_000}) {
            float first = 1f - (float) Math.pow(ADAM.beta1(), step);
            float second = 1f - (float) Math.pow(ADAM.beta2(), step);
            float[] weights = uniforms(1, -1f, 1f);
            float[] m = uniforms(2, -1e-4f, 1e-4f);
            float[] v = uniforms(3, 0f, 1e-8f);
            float[] delta = uniforms(4, -1e-3f, 1e-3f);
            for (int unit = 0; unit < LENGTH; unit += 3) {
                delta[unit] = 0f;
            }
            float[] expectedWeights = weights.clone();
            float[] expectedM = m.clone();
            float[] expectedV = v.clone();
            for (int unit = 0; unit < LENGTH; unit++) {
                float d = delta[unit];
                expectedM[unit] = expectedM[unit] * ADAM.beta1() + d * ADAM.oneMinusBeta1();
                expectedV[unit] = expectedV[unit] * ADAM.beta2() + (d * d) * ADAM.oneMinusBeta2();
                expectedWeights[unit] = expectedWeights[unit] - (ADAM.eta() * (expectedM[unit] / first))
                        / ((float) Math.sqrt(expectedV[unit] / second) + ADAM.epsilon());
            }
            AdamRow.apply(ADAM, first, second, weights, m, v, 0, delta, LENGTH);
            assertArrayEquals(expectedM, m, "m after step " + step);
            assertArrayEquals(expectedV, v, "v after step " + step);
            assertArrayEquals(expectedWeights, weights, "weights after step " + step);
        }
    }

    private static float[] uniforms(int coordinate, float low, float high) {
        float[] values = new float[LENGTH];
        new CounterRandom(11, RandomStream.WEIGHT_INIT).fillUniform(values, 0, LENGTH, coordinate, 0, 0);
        for (int unit = 0; unit < LENGTH; unit++) {
            values[unit] = low + (high - low) * values[unit];
        }
        return values;
    }
}
