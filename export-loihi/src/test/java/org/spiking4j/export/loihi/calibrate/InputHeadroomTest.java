package org.spiking4j.export.loihi.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.export.loihi.SyntheticModel;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;

class InputHeadroomTest {
    private static final int IMAGES = 10;

    @Test
    void lowersTheThresholdOfEveryPopulationWhoseInputLeavesTheChipsRange() {
        TrainedCircuit trained = SyntheticModel.trained(4, 0);
        LabeledImages images = SyntheticModel.images(4, IMAGES);
        BernoulliTestEncoder encoder = new BernoulliTestEncoder(images, 42, SyntheticModel.STEPS, 4);
        QuantizationOptions tooFine = QuantizationOptions.defaults().withThresholdMantissa(LoihiLimits.THRESHOLD_MAX);

        Quantization fitted = new InputHeadroom().fit(trained, tooFine, encoder);

        BitAccurateNetwork simulator = new BitAccurateNetwork(fitted.network());
        for (int image = 0; image < IMAGES; image++) {
            SampleSpikes result = simulator.run(encoder.encode(image));
            result.largestInput().forEach((population, largest) ->
                    assertTrue(largest <= LoihiLimits.SYNAPTIC_INPUT_MAX, population + ": " + largest));
        }
        long lowered = fitted.network().lifPopulations().stream().filter(p -> p.vth() < LoihiLimits.THRESHOLD_MAX)
                .count();
        assertTrue(lowered > 0);
        assertEquals(lowered, fitted.report().notes().stream()
                .filter(n -> n.category() == ReportNote.Category.HARDWARE && n.text().startsWith("vth lowered")).count());
    }

    @Test
    void leavesACircuitAloneThatFitsAlready() {
        TrainedCircuit trained = SyntheticModel.trained(4, 0);
        BernoulliTestEncoder encoder = new BernoulliTestEncoder(SyntheticModel.images(4, IMAGES), 42,
                SyntheticModel.STEPS, 4);
        QuantizationOptions coarse = QuantizationOptions.defaults().withThresholdMantissa(256);
        Quantization fitted = new InputHeadroom().fit(trained, coarse, encoder);
        for (QuantizedPopulation population : fitted.network().lifPopulations()) {
            assertEquals(256, population.vth());
        }
    }
}
