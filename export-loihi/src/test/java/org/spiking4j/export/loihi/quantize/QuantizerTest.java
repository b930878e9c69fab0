package org.spiking4j.export.loihi.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.export.loihi.SyntheticModel;
import org.spiking4j.export.loihi.TrainedCircuit;

class QuantizerTest {
    /** Rounding keeps a weight within one mantissa step (2 for mixed) of its real value: 1/127 of the largest. */
    private static final double MIXED_RELATIVE_STEP = 1.0 / 127;

    private final Quantizer quantizer = new Quantizer();

    @Test
    void mapsTheInferenceCircuitAndReportsWhatItLeavesOut() {
        Quantization result = quantizer.quantize(SyntheticModel.trained(1, 0.001), QuantizationOptions.defaults());
        QuantizedNetwork network = result.network();
        assertEquals(List.of("z0", "z1", "z2", "zy"), network.populations().stream().map(QuantizedPopulation::name).toList());
        assertEquals(List.of("W1", "M1", "V2", "W2", "M2", "C2", "C3"),
                network.projections().stream().map(QuantizedProjection::name).toList());
        assertEquals("zy", network.classifier());
        QuantizedPopulation z1 = network.population("z1");
        assertEquals(4095, z1.du());
        assertEquals(123, z1.dv(), "round(4096 * 3/100)");
        assertEquals(QuantizationOptions.DEFAULT_THRESHOLD_MANTISSA, z1.vth());
        assertEquals(SignMode.INHIBITORY, network.projections().get(1).signMode());
        assertEquals(SignMode.MIXED, network.projections().get(0).signMode());
        String notes = result.report().notes().toString();
        for (String expected : List.of("Adaptive threshold", "Label-context", "Reconstruction pathway",
                "Plasticity (csdp", "Per-unit thresholds", "V2y", "R1")) {
            assertTrue(notes.contains(expected), "the report names " + expected + ": " + notes);
        }
        assertEquals(3, result.report().populations().size());
        assertEquals(7, result.report().projections().size());
    }

    @Test
    void reconstructionOnRequestGainsOneStepOfLatency() {
        Quantization result = quantizer.quantize(SyntheticModel.trained(1, 0.001),
                QuantizationOptions.defaults().withReconstruction(true));
        assertTrue(result.network().projections().stream().anyMatch(p -> p.name().equals("R1") && p.delay() == 0));
        assertTrue(result.report().notes().stream().anyMatch(n -> n.subject().equals("R1")
                && n.category() == ReportNote.Category.APPROXIMATED && n.text().contains("one step later")));
    }

    @Test
    void noAdaptiveThresholdNoteWhenTrainedWithFixedThresholds() {
        Quantization result = quantizer.quantize(SyntheticModel.trained(1, 0), QuantizationOptions.defaults());
        assertFalse(result.report().notes().toString().contains("Adaptive threshold"));
    }

    @Test
    void effectiveWeightsFoldAlphaScaleSignAndEachUnitsThreshold() {
        TrainedCircuit trained = SyntheticModel.trained(3, 0);
        QuantizedNetwork network = quantizer.quantize(trained, QuantizationOptions.defaults()).network();
        QuantizedPopulation z1 = network.population("z1");
        float[] thresholds = trained.initialThresholds().get("z1");
        for (QuantizedProjection projection : network.projectionsInto("z1")) {
            float[] weights = trained.weightsOf(projection.name());
            var spec = trained.circuit().projections().get(projection.name());
            double largest = 0;
            for (int index = 0; index < weights.length; index++) {
                largest = Math.max(largest, Math.abs(weights[index]));
            }
            for (int unit = 0; unit < z1.size(); unit++) {
                for (int pre = 0; pre < projection.sourceSize(); pre++) {
                    double real = spec.effectiveSign() * spec.effectiveScale() * z1.alpha() * z1.scale()
                            * z1.referenceThreshold() / thresholds[unit] * weights[pre * z1.size() + unit];
                    double quantized = Math.scalb((double) projection.weight(unit, pre), projection.weightExponent());
                    double bound = MIXED_RELATIVE_STEP * largest * spec.effectiveScale() * z1.alpha() * z1.scale()
                            * z1.referenceThreshold() / minimum(thresholds);
                    assertTrue(Math.abs(real - quantized) <= bound, projection.name() + " unit " + unit);
                }
            }
        }
    }

    @Test
    void refusesNeuronModelsLavaCannotRun() {
        CircuitDescription circuit = SyntheticModel.circuit(0);
        Map<String, PopulationSpec> populations = new java.util.LinkedHashMap<>(circuit.populations());
        populations.put("z2", new PopulationSpec("izhikevich", 20, PopulationRole.HIDDEN, null, null));
        TrainedCircuit trained = SyntheticModel.trained(1, 0);
        TrainedCircuit foreign = new TrainedCircuit(circuit.withPopulations(populations), trained.weights(),
                Map.of());
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> quantizer.quantize(foreign, QuantizationOptions.defaults()));
        assertTrue(error.getMessage().contains("izhikevich"));
    }

    private static double minimum(float[] values) {
        double smallest = Double.POSITIVE_INFINITY;
        for (float value : values) {
            smallest = Math.min(smallest, value);
        }
        return smallest;
    }
}
