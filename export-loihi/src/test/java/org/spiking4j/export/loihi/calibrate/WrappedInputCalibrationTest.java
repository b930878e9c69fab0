package org.spiking4j.export.loihi.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.export.loihi.online.OnlineCircuitQuantizer;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;

/**
 * Diehl &amp; Cook's strong lateral inhibition makes Lava's current wrap around at a fine vth, and the
 * wrapped run's inputs ask for more lowering than needed (here: the input peaks at vth 512, where the
 * calibration starts). The calibration must end at the largest vth (512 / 2^k) whose measured input
 * stays within the target, not at the first guess.
 */
class WrappedInputCalibrationTest {
    private static final int UNITS = 100;
    private static final int STEPS = 100;
    private static final int DEFAULT_VTH = QuantizationOptions.DEFAULT_THRESHOLD_MANTISSA;
    private static final int HALVINGS = 12;
    /** The calibration starts here: at vth 4096 / 2^3 this circuit's current wraps and its input peaks. */
    private static final int START = 3;

    @Test
    void endsAtTheLargestThresholdWhoseInputFits() {
        CircuitDescription circuit = circuit();
        SimulationState state = state();
        OnlineCircuitQuantizer quantizer = new OnlineCircuitQuantizer();
        byte[] input = new byte[STEPS * UNITS];
        for (int step = 0; step < STEPS; step++) {
            for (int unit = 0; unit < UNITS; unit++) {
                input[step * UNITS + unit] = (byte) ((step + unit) % 3 == 0 ? 1 : 0);
            }
        }
        long[] largest = new long[HALVINGS + 1];
        for (int halving = 0; halving <= HALVINGS; halving++) {
            QuantizationOptions options = QuantizationOptions.defaults()
                    .withThresholdMantissas(Map.of("excitatory", DEFAULT_VTH >> halving));
            largest[halving] = new BitAccurateNetwork(quantizer.quantize(circuit, state, options).network()).run(input)
                    .largestInput().get("excitatory");
        }
        int best = -1;
        for (int halving = START; halving <= HALVINGS && best < 0; halving++) {
            best = largest[halving] <= InputHeadroom.TARGET_INPUT ? halving : -1;
        }
        int firstGuess = START + 64 - Long.numberOfLeadingZeros((largest[START] - 1) / InputHeadroom.TARGET_INPUT);
        assertTrue(best > START && firstGuess > best, "premise: the wrapped run asks for " + firstGuess
                + " halvings where " + best + " suffice; largest inputs " + java.util.Arrays.toString(largest));

        Quantization fitted = new InputHeadroom().fit(options -> quantizer.quantize(circuit, state, options),
                QuantizationOptions.defaults().withThresholdMantissas(Map.of("excitatory", DEFAULT_VTH >> START)),
                image -> input, 1);
        assertEquals(DEFAULT_VTH >> best, fitted.network().population("excitatory").vth());
    }

    private static SimulationState state() {
        Map<String, float[]> weights = new LinkedHashMap<>();
        weights.put("input-excitatory", pattern(14f, true));
        weights.put("excitatory-inhibitory", pattern(22.5f, true));
        weights.put("inhibitory-excitatory", pattern(-120f, false));
        return new SimulationState(weights, Map.of());
    }

    /** (pre, post) row-major: the weight on the diagonal only, or everywhere but the diagonal. */
    private static float[] pattern(float weight, boolean diagonal) {
        float[] values = new float[UNITS * UNITS];
        for (int pre = 0; pre < UNITS; pre++) {
            for (int post = 0; post < UNITS; post++) {
                values[pre * UNITS + post] = (pre == post) == diagonal ? weight : 0f;
            }
        }
        return values;
    }

    private static CircuitDescription circuit() {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("input", new PopulationSpec("poisson", UNITS, PopulationRole.INPUT, Map.of(), null));
        populations.put("excitatory", new PopulationSpec("lif", UNITS, PopulationRole.HIDDEN,
                Map.of("rest", -65.0, "reset", -65.0, "threshold", -52.0, "tauM", 100.0), null));
        populations.put("inhibitory", new PopulationSpec("lif", UNITS, PopulationRole.HIDDEN,
                Map.of("rest", -60.0, "reset", -60.0, "threshold", -40.0, "tauM", 10.0), null));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("input-excitatory", new ProjectionSpec("input", "excitatory", null, null, null, null, null, null));
        projections.put("excitatory-inhibitory", new ProjectionSpec("excitatory", "inhibitory", null, null, null, null,
                null, null));
        projections.put("inhibitory-excitatory", new ProjectionSpec("inhibitory", "excitatory", null, null, null, null,
                null, null));
        return new CircuitDescription(CircuitDescription.API_VERSION, "wrapping", 3L, new TimeSpec(1.0, STEPS),
                populations, Map.of(), projections, null, new ProtocolSpec("unsupervised", 1, 1, 1, 0, Map.of()),
                null, null);
    }
}
