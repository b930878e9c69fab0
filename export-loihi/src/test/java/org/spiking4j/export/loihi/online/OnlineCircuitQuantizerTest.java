package org.spiking4j.export.loihi.online;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;

/**
 * The quantised lif circuit against the float cell's own equations (stdp.md §2, reset = rest, no
 * refractory period): v ← d·v; spike where v > threshold − rest + θ_i; then v ← 0 on a spike, else
 * v += w for this step's input. With input only in steps where the cell does not fire, Lava's LIF
 * with θ folded into the weights must fire at exactly the same steps.
 */
class OnlineCircuitQuantizerTest {
    private static final int STEPS = 60;
    private static final double REST = -65;
    private static final double THRESHOLD = -52;
    private static final double TAU_M = 100;
    /** Two units: the second has θ = 13 mV, so twice the first's gap, and twice its weight. */
    private static final double[] THETA = {0, 13};
    private static final float[] WEIGHTS = {5f, 10f};
    /** Input in three steps of every five: the cell fires in the fourth, when no input arrives. */
    private static final int PERIOD = 5;
    private static final int BURST = 3;

    @Test
    void lavasLifFiresWhereTheFloatCellDoesWithThetaFolded() {
        Quantization quantization = new OnlineCircuitQuantizer().quantize(circuit(REST, 0), state(),
                QuantizationOptions.defaults());
        QuantizedNetwork network = quantization.network();
        byte[] input = new byte[STEPS];
        for (int step = 0; step < STEPS; step++) {
            input[step] = (byte) (step % PERIOD < BURST ? 1 : 0);
        }
        byte[] expected = floatCell(input);
        int fired = 0;
        for (int step = 0; step < STEPS; step++) {
            for (int unit = 0; unit < THETA.length; unit++) {
                if (expected[step * THETA.length + unit] != 0) {
                    fired++;
                    assertEquals(0, input[step], "the test's premise: no input in a spike step");
                }
            }
        }
        assertTrue(fired >= 2 * (STEPS / PERIOD) - 2, "the float cell fires regularly, got " + fired);
        byte[] chip = new BitAccurateNetwork(network).run(input).spikes().get("excitatory");
        assertArrayEquals(expected, chip);
        assertEquals(Math.round(4096 * (1 - Math.exp(-1 / TAU_M))), network.population("excitatory").dv());
        // Spike times have margins; the weights themselves show a missing factor of e^(−dt/τM) or θ.
        QuantizedProjection projection = network.projections().get(0);
        double scale = network.population("excitatory").scale();
        double reference = THRESHOLD - REST;
        double step = Math.pow(2, projection.weightExponent());
        for (int unit = 0; unit < THETA.length; unit++) {
            double folded = Math.exp(-1 / TAU_M) * WEIGHTS[unit] * scale * reference / (reference + THETA[unit]);
            assertEquals(folded, projection.weight(unit, 0) * step, step / 2, "unit " + unit);
        }
        assertEquals(QuantizationOptions.DEFAULT_THRESHOLD_MANTISSA, network.population("excitatory").vth());
    }

    @Test
    void resetAboveRestAndTheRefractoryPeriodAreReportedAndThetaFolded() {
        List<ReportNote> notes = new OnlineCircuitQuantizer().quantize(circuit(-60, 5), state(),
                QuantizationOptions.defaults()).report().notes();
        assertTrue(has(notes, ReportNote.Category.APPROXIMATED, "Reset -60.0000 mV ≠ rest -65.0000 mV"), notes::toString);
        assertTrue(has(notes, ReportNote.Category.APPROXIMATED, "Refractory period 5.00000 ms (5 steps)"), notes::toString);
        assertTrue(has(notes, ReportNote.Category.FOLDED, "largest θ 13.0000 mV"), notes::toString);
    }

    @Test
    void aNeuronModelWithoutALavaFormIsNamed() {
        CircuitDescription circuit = circuit(REST, 0);
        Map<String, PopulationSpec> populations = new LinkedHashMap<>(circuit.populations());
        populations.put("excitatory", new PopulationSpec("izhikevich", 2, PopulationRole.HIDDEN, Map.of(), null));
        CircuitDescription foreign = new CircuitDescription(circuit.apiVersion(), circuit.name(), circuit.seed(),
                circuit.time(), populations, circuit.signals(), circuit.projections(), circuit.optimizer(),
                circuit.protocol(), null, null);
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> new OnlineCircuitQuantizer().quantize(foreign, state(), QuantizationOptions.defaults()));
        assertTrue(error.getMessage().contains("'excitatory' uses neuron model 'izhikevich'"), error.getMessage());
    }

    /** The float cell of stdp.md §2 with reset = rest and no refractory period, in v − rest. */
    private static byte[] floatCell(byte[] input) {
        double retention = Math.exp(-1 / TAU_M);
        double[] v = new double[THETA.length];
        byte[] spikes = new byte[STEPS * THETA.length];
        for (int step = 0; step < STEPS; step++) {
            for (int unit = 0; unit < THETA.length; unit++) {
                v[unit] *= retention;
                boolean fires = v[unit] > THRESHOLD - REST + THETA[unit];
                spikes[step * THETA.length + unit] = (byte) (fires ? 1 : 0);
                v[unit] = fires ? 0 : v[unit] + WEIGHTS[unit] * input[step];
            }
        }
        return spikes;
    }

    private static boolean has(List<ReportNote> notes, ReportNote.Category category, String text) {
        return notes.stream().anyMatch(note -> note.category() == category && note.text().contains(text));
    }

    private static SimulationState state() {
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (int unit = 0; unit < THETA.length; unit++) {
            scalars.put(OnlineCircuitQuantizer.THETA_PREFIX + "excitatory/" + unit, THETA[unit]);
        }
        return new SimulationState(Map.of("input-excitatory", WEIGHTS.clone()), scalars);
    }

    private static CircuitDescription circuit(double reset, double refractory) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("input", new PopulationSpec("poisson", 1, PopulationRole.INPUT, Map.of(), null));
        populations.put("excitatory", new PopulationSpec("lif", THETA.length, PopulationRole.HIDDEN,
                Map.of("rest", REST, "reset", reset, "threshold", THRESHOLD, "tauM", TAU_M, "refractory", refractory),
                null));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("input-excitatory", new ProjectionSpec("input", "excitatory", null, null, null, List.of(0.0, 1.0),
                null, null));
        return new CircuitDescription(CircuitDescription.API_VERSION, "one-layer", 7L, new TimeSpec(1.0, STEPS),
                populations, Map.of(), projections, null,
                new ProtocolSpec("unsupervised", 1, 1, 1, 0, Map.of()), null, null);
    }
}
