package org.spiking4j.export.loihi.online;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.quantize.QuantizationReport;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;
import org.spiking4j.export.loihi.quantize.QuantizedWeights;
import org.spiking4j.export.loihi.quantize.Quantizer;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.quantize.ReportNote.Category;
import org.spiking4j.export.loihi.quantize.WeightQuantizer;

/**
 * Maps a circuit trained by an online protocol (a {@code poisson} input, {@code lif} populations,
 * trained and fixed projections: Diehl &amp; Cook) onto Lava's fixed-point LIF and Dense.
 *
 * <p>With v' = v − rest, the float cell between spikes is {@code v'(t+1) = d·(v'(t) + Σ w·s(t))},
 * d = e^(−dt/τM), spiking when v' exceeds {@code threshold − rest + θ_i}. Lava's LIF with
 * {@code du = 4095} and {@code dv = round(4096·(1 − d))} computes {@code v(t+1) = (1 − dv/4096)·v(t) +
 * a(t)} with a the Dense output of the step before, so every weight onto unit i becomes
 * {@code d·w·s·g_ref/g_i} (g_i = threshold − rest + θ_i, s the population's scale) and
 * {@code vth = g_ref·s} lands exactly on each unit's own threshold: θ, frozen at inference, is folded.
 * What Lava's LIF lacks (reset ≠ rest, the refractory period) is reported, and measured by the
 * accuracy comparison.
 */
public final class OnlineCircuitQuantizer {
    static final String POISSON = "poisson";
    /** θ as the STDP plugin checkpoints it: exact doubles {@code theta/<population>/<unit>}, or a float32 array. */
    static final String THETA_PREFIX = "theta/";

    private final WeightQuantizer weightQuantizer = new WeightQuantizer();

    public Quantization quantize(CircuitDescription circuit, SimulationState state, QuantizationOptions options) {
        List<ReportNote> notes = new ArrayList<>();
        Map<String, QuantizedPopulation> exported = new LinkedHashMap<>();
        Map<String, double[]> gaps = new LinkedHashMap<>();
        Map<String, LifCell> cells = new LinkedHashMap<>();
        List<QuantizationReport.PopulationEntry> populationEntries = new ArrayList<>();
        String input = requireInput(circuit);
        exported.put(input, QuantizedPopulation.input(input, circuit.population(input).size()));
        notes.add(new ReportNote(Category.FOLDED, input, "Poisson input: the host draws the spikes (rate pixel · "
                + "intensity) and feeds them to Lava as a spike source, so both models below see the same spikes."));
        circuit.populations().forEach((name, spec) -> {
            if (name.equals(input)) {
                return;
            }
            if (!LifCell.MODEL.equals(spec.model())) {
                throw new Spiking4jException("Population '" + name + "' uses neuron model '" + spec.model()
                        + "'; the export of an online circuit handles one poisson input and lif populations.");
            }
            LifCell cell = LifCell.of(name, spec);
            double[] unitGaps = unitGaps(name, spec, cell, state, notes);
            QuantizedPopulation population = lif(circuit, name, spec, cell, unitGaps, options, notes);
            exported.put(name, population);
            gaps.put(name, unitGaps);
            cells.put(name, cell);
            populationEntries.add(Quantizer.entry(population, unitGaps));
        });

        List<QuantizedProjection> projections = new ArrayList<>();
        List<QuantizationReport.ProjectionEntry> projectionEntries = new ArrayList<>();
        circuit.projections().forEach((name, spec) -> {
            if (exported.get(spec.to()).isInput()) {
                throw new Spiking4jException("Projection '" + name + "' targets the input population '" + spec.to()
                        + "'; an input is a spike source in Lava and cannot receive synaptic input.");
            }
            double[] effective = effectiveWeights(name, spec, circuit, state, exported.get(spec.to()),
                    cells.get(spec.to()).retention(circuit.time().dt()), gaps.get(spec.to()));
            QuantizedWeights weights = weightQuantizer.quantize(effective);
            if (weights.clipped() > 0) {
                notes.add(new ReportNote(Category.APPROXIMATED, name, weights.clipped() + " weights exceed the "
                        + "8-bit mantissa at the largest exponent and were clipped."));
            }
            QuantizedProjection projection = new QuantizedProjection(name, spec.from(), spec.to(),
                    circuit.population(spec.from()).size(), circuit.population(spec.to()).size(), weights.mantissas(),
                    weights.exponent(), LoihiLimits.WEIGHT_BITS, weights.signMode(), weights.clipped(), 1);
            projections.add(projection);
            projectionEntries.add(Quantizer.entry(projection, weights));
        });
        Quantizer.hardwareNotes(exported, projections, notes);
        QuantizedNetwork network = new QuantizedNetwork(circuit.name(), circuit.time().dt(), circuit.time().steps(),
                new ArrayList<>(exported.values()), projections, null);
        return new Quantization(network, new QuantizationReport(populationEntries, projectionEntries, notes));
    }

    private static String requireInput(CircuitDescription circuit) {
        List<String> inputs = Quantizer.inputPopulations(circuit);
        if (inputs.size() != 1 || !POISSON.equals(circuit.population(inputs.get(0)).model())) {
            throw new Spiking4jException("Circuit '" + circuit.name() + "' needs exactly one input population of "
                    + "model poisson (role: input) for the export of an online circuit; it has " + inputs + ".");
        }
        return inputs.get(0);
    }

    private static QuantizedPopulation lif(CircuitDescription circuit, String name, PopulationSpec spec, LifCell cell,
            double[] unitGaps, QuantizationOptions options, List<ReportNote> notes) {
        double dt = circuit.time().dt();
        double leak = 1 - cell.retention(dt);
        long dv = Math.round(LoihiLimits.DECAY_UNIT * leak);
        if (dv < 1 || dv > LoihiLimits.DECAY_MAX) {
            throw new Spiking4jException("Population '" + name + "' leaks " + leak + " of v per step; Lava's voltage "
                    + "decay is dv/4096 with dv in 1…4095, so tauM must be between about dt/8 and 4096·dt.");
        }
        double reference = cell.gap();
        double scale = options.thresholdMantissaOf(name) / reference;
        int vth = (int) Math.round(reference * scale);
        notes.add(new ReportNote(Category.APPROXIMATED, name, String.format(Locale.ROOT, "Leak 1 − e^(−dt/tauM) = "
                + "%.6g becomes dv = %d (%.6g, relative error %.2g); the input's own factor e^(−dt/tauM) is folded into "
                + "the weights exactly, with the scale %.6g.", leak, dv, dv / (double) LoihiLimits.DECAY_UNIT,
                Math.abs(dv / (double) LoihiLimits.DECAY_UNIT - leak) / leak, scale)));
        if (cell.reset() != cell.rest()) {
            notes.add(new ReportNote(Category.APPROXIMATED, name, String.format(Locale.ROOT, "Reset %.6g mV ≠ rest "
                    + "%.6g mV: Lava's LIF sets v to 0 (rest) after a spike, so a unit restarts %.6g mV further from "
                    + "its threshold than in the float circuit (the base gap is %.6g mV).", cell.reset(), cell.rest(),
                    cell.reset() - cell.rest(), cell.gap())));
        }
        long refractorySteps = Math.round(cell.refractory() / dt);
        notes.add(new ReportNote(Category.APPROXIMATED, name, refractorySteps > 0
                ? String.format(Locale.ROOT, "Refractory period %.6g ms (%d steps): Lava's bit-accurate LIF has none, "
                        + "so a unit integrates the input of its spike step and of the %d steps after it, which the "
                        + "float cell ignores while it holds v.", cell.refractory(), refractorySteps, refractorySteps)
                : "Input in a unit's spike step: the float cell adds it before its reset and so loses it; Lava's LIF "
                        + "resets first and keeps it for the next step."));
        return new QuantizedPopulation(name, spec.effectiveRole(), spec.size(), LoihiLimits.DU_NO_MEMORY, (int) dv,
                vth, new int[spec.size()], new int[spec.size()], scale, reference, leak);
    }

    /** threshold − rest + θ_i per unit, θ as the checkpoint holds it (0 where it holds none). */
    private static double[] unitGaps(String name, PopulationSpec spec, LifCell cell, SimulationState state,
            List<ReportNote> notes) {
        double[] gaps = new double[spec.size()];
        float[] rounded = state.arrays().get(THETA_PREFIX + name);
        boolean any = false;
        double largestTheta = 0;
        for (int unit = 0; unit < gaps.length; unit++) {
            Double exact = state.scalars().get(THETA_PREFIX + name + "/" + unit);
            double theta = exact != null ? exact : rounded != null ? rounded[unit] : 0.0;
            any |= theta != 0;
            largestTheta = Math.max(largestTheta, theta);
            gaps[unit] = cell.gap() + theta;
            if (!(gaps[unit] > 0)) {
                throw new Spiking4jException("Unit " + unit + " of population '" + name + "' has threshold − rest + θ "
                        + "= " + gaps[unit] + " mV; it must be positive to fold into the weights.");
            }
        }
        if (any) {
            notes.add(new ReportNote(Category.FOLDED, name, String.format(Locale.ROOT, "Adaptive threshold θ, "
                    + "frozen at inference as in the float test (largest θ %.6g mV): Lava has one vth per "
                    + "population, so the weights onto unit i are scaled by (threshold − rest)/(threshold − rest + θ_i). "
                    + "Exact; only θ's growth during learning is not exported (see on-chip learning).", largestTheta)));
        }
        return gaps;
    }

    /** (target, source) synaptic input per spike in Lava's units: d·w·s·g_ref/g_i. */
    private static double[] effectiveWeights(String name, ProjectionSpec spec, CircuitDescription circuit,
            SimulationState state, QuantizedPopulation target, double retention, double[] targetGaps) {
        int sourceSize = circuit.population(spec.from()).size();
        int targetSize = target.size();
        float[] weights = state.arrays().get(name);
        if (weights == null || weights.length != sourceSize * targetSize) {
            throw new Spiking4jException("The trained model holds " + (weights == null ? "no" : weights.length + "")
                    + " weights for projection '" + name + "' (" + spec.from() + "→" + spec.to() + " needs "
                    + sourceSize * targetSize + "); it does not belong to circuit '" + circuit.name()
                    + "'. Export the model directory that training wrote.");
        }
        double[] effective = new double[targetSize * sourceSize];
        for (int unit = 0; unit < targetSize; unit++) {
            double factor = retention * target.scale() * target.referenceThreshold() / targetGaps[unit];
            for (int pre = 0; pre < sourceSize; pre++) {
                effective[unit * sourceSize + pre] = factor * weights[pre * targetSize + unit];
            }
        }
        return effective;
    }
}
