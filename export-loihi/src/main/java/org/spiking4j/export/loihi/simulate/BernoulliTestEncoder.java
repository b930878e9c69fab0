package org.spiking4j.export.loihi.simulate;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.runtime.training.Evaluator;

/**
 * The input spikes the float engine draws for a test image, reproduced: spike = 1[u &lt; x] with u
 * from the INPUT_SPIKES stream of the circuit's seed at counter (unit / 4, row, step, test
 * coordinate), where the float evaluator runs test image k as row k mod B of test batch k div B
 * (B the test batch size) at coordinate {@link #TEST_COORDINATE_BASE} + batch. So the bit-accurate
 * simulator sees exactly the spikes the float engine saw.
 */
public final class BernoulliTestEncoder {
    /** The float evaluator's first test-batch coordinate (runtime Evaluator.TEST_COORDINATE_BASE). */
    public static final int TEST_COORDINATE_BASE = Evaluator.TEST_COORDINATE_BASE;

    private final LabeledImages images;
    private final CounterRandom random;
    private final long seed;
    private final int steps;
    private final int testBatchSize;

    public BernoulliTestEncoder(LabeledImages images, long seed, int steps, int testBatchSize) {
        if (testBatchSize < 1) {
            throw new IllegalArgumentException("The test batch size must be positive, got " + testBatchSize + ".");
        }
        this.images = images;
        this.random = new CounterRandom(seed, RandomStream.INPUT_SPIKES);
        this.seed = seed;
        this.steps = steps;
        this.testBatchSize = testBatchSize;
    }

    public LabeledImages images() {
        return images;
    }

    public int steps() {
        return steps;
    }

    /** The (steps, features) 0/1 input spikes of test image {@code sample}; safe to call from several threads. */
    public byte[] encode(int sample) {
        int features = images.features();
        byte[] spikes = new byte[steps * features];
        float[] uniforms = new float[features];
        CounterRandom own = random.copy();
        int row = sample % testBatchSize;
        int coordinate = TEST_COORDINATE_BASE + sample / testBatchSize;
        int base = sample * features;
        for (int step = 0; step < steps; step++) {
            own.fillUniform(uniforms, 0, features, row, step, coordinate);
            for (int unit = 0; unit < features; unit++) {
                spikes[step * features + unit] = uniforms[unit] < images.pixels()[base + unit] ? (byte) 1 : (byte) 0;
            }
        }
        return spikes;
    }

    /** One sentence for reports. */
    public String description() {
        return "Bernoulli spikes 1[u < pixel] with the float engine's own draws (seed " + seed
                + ", INPUT_SPIKES stream, test batch size " + testBatchSize + "), identical for both models";
    }
}
