package org.spiking4j.export.loihi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.Quantizer;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;

/**
 * The quantised circuit against the float CPU engine on the same input spikes. With a fixed
 * threshold (rhoB 0) the mapping of loihi-export.md §2 is exact up to rounding, so nearly every
 * spike agrees; the remaining differences come from 8-bit weights and the leak dv/4096 ≠ dt/τm.
 */
class FloatEquivalenceTest {
    private static final int IMAGES = 12;
    private static final int TEST_BATCH = 4;
    /** Fraction of (image, step, unit) spike bins that must agree between float and fixed point. */
    private static final double MIN_BIN_AGREEMENT = 0.97;

    @Test
    void encoderReproducesTheFloatEnginesInputSpikes() {
        TrainedCircuit trained = SyntheticModel.trained(5, 0);
        LabeledImages images = SyntheticModel.images(6, IMAGES);
        FloatEngineRun.Spikes floatSpikes = FloatEngineRun.run(trained, images, TEST_BATCH);
        BernoulliTestEncoder encoder = new BernoulliTestEncoder(images, trained.circuit().seed(),
                SyntheticModel.STEPS, TEST_BATCH);
        for (int image = 0; image < IMAGES; image++) {
            assertArrayEquals(floatSpikes.byPopulation().get("z0")[image], encoder.encode(image), "image " + image);
        }
    }

    @Test
    void fixedThresholdCircuitSpikesAlmostExactlyAsTheFloatOne() {
        TrainedCircuit trained = SyntheticModel.trained(5, 0);
        LabeledImages images = SyntheticModel.images(6, IMAGES);
        FloatEngineRun.Spikes floatSpikes = FloatEngineRun.run(trained, images, TEST_BATCH);
        QuantizedNetwork network = new Quantizer().quantize(trained, QuantizationOptions.defaults()).network();
        BernoulliTestEncoder encoder = new BernoulliTestEncoder(images, trained.circuit().seed(),
                SyntheticModel.STEPS, TEST_BATCH);
        BitAccurateNetwork simulator = new BitAccurateNetwork(network);
        long bins = 0;
        long agreeing = 0;
        long floatCount = 0;
        for (int image = 0; image < IMAGES; image++) {
            SampleSpikes fixed = simulator.run(encoder.encode(image));
            for (String population : fixed.spikes().keySet()) {
                byte[] expected = floatSpikes.byPopulation().get(population)[image];
                byte[] actual = fixed.spikes().get(population);
                for (int index = 0; index < expected.length; index++) {
                    bins++;
                    agreeing += expected[index] == actual[index] ? 1 : 0;
                    floatCount += expected[index];
                }
            }
        }
        double agreement = agreeing / (double) bins;
        System.out.printf("float vs bit-accurate: %d of %d bins agree (%.4f), %d float spikes%n", agreeing, bins,
                agreement, floatCount);
        assertTrue(floatCount > IMAGES * SyntheticModel.STEPS, "the synthetic circuit is active");
        assertTrue(agreement >= MIN_BIN_AGREEMENT, "agreement " + agreement);
    }
}
