package org.spiking4j.export.loihi.quantize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.export.loihi.quantize.ReportNote.Category;

/**
 * Maps a trained sLIF circuit onto Lava's fixed-point LIF and Dense (loihi-export.md §2).
 *
 * <p>The float cell is {@code v ← (1−α)·v + α·j}, spiking when {@code v > θ_i}. In Lava,
 * {@code du = 4095} makes u this step's input ({@code a << 6}) and {@code dv = round(4096·α)}
 * decays v. With one scale s per population and every weight onto unit i multiplied by
 * {@code α·s·R·θ_ref/θ_i}, Lava's v is the float v times {@code 64·s·θ_ref/θ_i}, and its
 * threshold {@code vth = θ_ref·s} lands exactly on θ_i.
 */
public final class Quantizer {
    private static final String SLIF = "slif";
    private static final String BERNOULLI = "bernoulli";
    private static final String CLAMP = "clamp";

    private final WeightQuantizer weightQuantizer = new WeightQuantizer();

    public Quantization quantize(TrainedCircuit trained, QuantizationOptions options) {
        CircuitDescription circuit = trained.circuit();
        List<ReportNote> notes = new ArrayList<>();
        Map<String, QuantizedPopulation> exported = new LinkedHashMap<>();
        List<QuantizationReport.PopulationEntry> populationEntries = new ArrayList<>();
        Map<String, double[]> thresholds = new LinkedHashMap<>();

        String input = requireInput(circuit);
        exported.put(input, QuantizedPopulation.input(input, circuit.population(input).size()));
        circuit.populations().forEach((name, spec) -> {
            if (name.equals(input)) {
                return;
            }
            if (spec.effectiveRole() == PopulationRole.LABEL || CLAMP.equals(spec.model())) {
                notes.add(new ReportNote(Category.DROPPED, name, "Label-context population: its spikes are zero "
                        + "at inference, so it and every projection from it are left out."));
                return;
            }
            if (!SLIF.equals(spec.model())) {
                throw new Spiking4jException("Population '" + name + "' uses neuron model '" + spec.model()
                        + "', which has no Lava equivalent; the Loihi export handles slif cells, one bernoulli "
                        + "input and clamp label populations.");
            }
            if (spec.effectiveRole() == PopulationRole.RECONSTRUCTION && !options.includeReconstruction()) {
                notes.add(new ReportNote(Category.DROPPED, name, "Reconstruction pathway: not needed for "
                        + "classification and not requested, so it and its projections are left out."));
                return;
            }
            double[] unitThresholds = unitThresholds(trained, name, spec, notes);
            QuantizedPopulation population = lif(circuit, name, spec, options, notes);
            exported.put(name, population);
            thresholds.put(name, unitThresholds);
            populationEntries.add(entry(population, unitThresholds));
        });

        List<QuantizedProjection> projections = new ArrayList<>();
        List<QuantizationReport.ProjectionEntry> projectionEntries = new ArrayList<>();
        Map<String, List<String>> rules = new TreeMap<>();
        circuit.projections().forEach((name, spec) -> {
            if (!exported.containsKey(spec.from()) || !exported.containsKey(spec.to())) {
                notes.add(new ReportNote(Category.DROPPED, name, "Projection " + spec.from() + "→" + spec.to()
                        + " is left out with " + (exported.containsKey(spec.from()) ? spec.to() : spec.from()) + "."));
                return;
            }
            if (exported.get(spec.to()).isInput()) {
                throw new Spiking4jException("Projection '" + name + "' targets the input population '" + spec.to()
                        + "'; an input is a spike source in Lava and cannot receive synaptic input.");
            }
            if (spec.rule() != null) {
                rules.computeIfAbsent(spec.rule().model(), k -> new ArrayList<>()).add(name);
            }
            QuantizedWeights weights = weightQuantizer.quantize(effectiveWeights(trained, name, spec,
                    exported.get(spec.to()), thresholds.get(spec.to()), circuit));
            QuantizedProjection projection = project(name, spec, weights, circuit, notes);
            projections.add(projection);
            projectionEntries.add(entry(projection, weights));
        });
        rules.forEach((rule, names) -> notes.add(new ReportNote(Category.DROPPED, "rule " + rule,
                "Plasticity (" + rule + " on " + String.join(", ", names) + ") is not exported: the weights are "
                        + "frozen at their trained values, and signals and traces, which only drive learning, are left out.")));
        hardwareNotes(exported, projections, notes);

        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        QuantizedNetwork network = new QuantizedNetwork(circuit.name(), circuit.time().dt(), circuit.time().steps(),
                new ArrayList<>(exported.values()), projections, exported.containsKey(classifier) ? classifier : null);
        return new Quantization(network, new QuantizationReport(populationEntries, projectionEntries, notes));
    }

    /** The populations with role input, in circuit order; shared with the online circuits' quantiser. */
    public static List<String> inputPopulations(CircuitDescription circuit) {
        List<String> inputs = new ArrayList<>();
        circuit.populations().forEach((name, spec) -> {
            if (spec.effectiveRole() == PopulationRole.INPUT) {
                inputs.add(name);
            }
        });
        return inputs;
    }

    private static String requireInput(CircuitDescription circuit) {
        List<String> inputs = inputPopulations(circuit);
        if (inputs.size() != 1) {
            throw new Spiking4jException("Circuit '" + circuit.name() + "' has " + inputs.size()
                    + " input populations " + inputs + "; the Loihi export needs exactly one (role: input).");
        }
        PopulationSpec spec = circuit.population(inputs.get(0));
        if (!BERNOULLI.equals(spec.model())) {
            throw new Spiking4jException("Input population '" + inputs.get(0) + "' uses model '" + spec.model()
                    + "'; the Loihi export feeds spikes into a bernoulli input only.");
        }
        return inputs.get(0);
    }

    private static QuantizedPopulation lif(CircuitDescription circuit, String name, PopulationSpec spec,
            QuantizationOptions options, List<ReportNote> notes) {
        SlifParameters params = SlifParameters.of(spec);
        double alpha = circuit.time().dt() / params.tauM();
        long dv = Math.round(LoihiLimits.DECAY_UNIT * alpha);
        if (alpha <= 0 || dv > LoihiLimits.DECAY_MAX) {
            throw new Spiking4jException("Population '" + name + "' has dt/tauM = " + alpha + "; Lava's voltage "
                    + "decay must be a fraction in 0…4095/4096, so tauM must exceed dt.");
        }
        double scale = options.thresholdMantissaOf(name) / params.threshold();
        int vth = (int) Math.round(params.threshold() * scale);
        if (params.rhoB() != 0) {
            notes.add(new ReportNote(Category.APPROXIMATED, name, "Adaptive threshold (rhoB " + params.rhoB()
                    + "): Lava's LIF has one fixed vth, so every unit keeps its initial threshold for the whole "
                    + "sample. Train with rhoB: 0 to export exactly."));
        }
        double decayError = Math.abs(dv / (double) LoihiLimits.DECAY_UNIT - alpha) / alpha;
        notes.add(new ReportNote(Category.APPROXIMATED, name, String.format(java.util.Locale.ROOT,
                "Leak dt/tauM = %.6g becomes dv = %d (%.6g, relative error %.2g); the input gain keeps the exact "
                        + "value, folded into the weights with the scale %.6g and resistance %.6g.",
                alpha, dv, dv / (double) LoihiLimits.DECAY_UNIT, decayError, scale, params.resistance())));
        return new QuantizedPopulation(name, spec.effectiveRole(), spec.size(), LoihiLimits.DU_NO_MEMORY, (int) dv,
                vth, new int[spec.size()], new int[spec.size()], scale, params.threshold(), alpha);
    }

    private static double[] unitThresholds(TrainedCircuit trained, String name, PopulationSpec spec,
            List<ReportNote> notes) {
        SlifParameters params = SlifParameters.of(spec);
        double[] values = new double[spec.size()];
        float[] initial = trained.initialThresholds().get(name);
        if (initial == null) {
            java.util.Arrays.fill(values, params.threshold());
            notes.add(new ReportNote(Category.APPROXIMATED, name, "The model state has no initial thresholds "
                    + "for this population, so every unit gets the base threshold " + params.threshold()
                    + " (its jitter is lost)."));
            return values;
        }
        for (int unit = 0; unit < values.length; unit++) {
            if (!(initial[unit] > 0)) {
                throw new Spiking4jException("Unit " + unit + " of population '" + name + "' has initial threshold "
                        + initial[unit] + "; thresholds must be positive to fold into the weights.");
            }
            values[unit] = initial[unit];
        }
        if (params.thresholdJitter() != 0) {
            notes.add(new ReportNote(Category.FOLDED, name, "Per-unit thresholds (jitter " + params.thresholdJitter()
                    + "): Lava has one vth per population, so the weights onto unit i are scaled by θ_ref/θ_i."));
        }
        return values;
    }

    private static QuantizedProjection project(String name, ProjectionSpec spec, QuantizedWeights quantized,
            CircuitDescription circuit, List<ReportNote> notes) {
        int delay = spec.effectiveDelay();
        if (delay > 1) {
            throw new Spiking4jException("Projection '" + name + "' has delay " + delay + "; the Loihi export maps "
                    + "delays 0 and 1 onto Lava's Dense, which delays by exactly one step.");
        }
        if (delay == 0) {
            notes.add(new ReportNote(Category.APPROXIMATED, name, "Delay 0 (same-step) projection: Lava's Dense "
                    + "delays by one step, so " + spec.to() + " responds one step later than in the float circuit."));
        }
        int sourceSize = circuit.population(spec.from()).size();
        int targetSize = circuit.population(spec.to()).size();
        if (quantized.clipped() > 0) {
            notes.add(new ReportNote(Category.APPROXIMATED, name, quantized.clipped() + " weights exceed the "
                    + "8-bit mantissa at the largest exponent and were clipped."));
        }
        return new QuantizedProjection(name, spec.from(), spec.to(), sourceSize, targetSize, quantized.mantissas(),
                quantized.exponent(), LoihiLimits.WEIGHT_BITS, quantized.signMode(), quantized.clipped(), delay);
    }

    /**
     * The real weight of every (target, source) pair in synaptic-input units per spike: the float
     * weight times sign·scale (the projection), R·α·s (the target cell) and θ_ref/θ_i (its unit).
     */
    static double[] effectiveWeights(TrainedCircuit trained, String name, ProjectionSpec spec,
            QuantizedPopulation target, double[] targetThresholds, CircuitDescription circuit) {
        SlifParameters params = SlifParameters.of(circuit.population(spec.to()));
        int sourceSize = circuit.population(spec.from()).size();
        int targetSize = target.size();
        float[] weights = trained.weightsOf(name);
        double common = spec.effectiveSign() * spec.effectiveScale() * params.resistance() * target.alpha()
                * target.scale();
        double[] effective = new double[targetSize * sourceSize];
        for (int unit = 0; unit < targetSize; unit++) {
            double factor = common * target.referenceThreshold() / targetThresholds[unit];
            for (int pre = 0; pre < sourceSize; pre++) {
                effective[unit * sourceSize + pre] = factor * weights[pre * targetSize + unit];
            }
        }
        return effective;
    }

    /** The report line of one population; shared with the online circuits' quantiser. */
    public static QuantizationReport.PopulationEntry entry(QuantizedPopulation population, double[] thresholds) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (double threshold : thresholds) {
            smallest = Math.min(smallest, threshold);
            largest = Math.max(largest, threshold);
        }
        return new QuantizationReport.PopulationEntry(population.name(), population.role().name().toLowerCase(
                java.util.Locale.ROOT), population.size(), population.scale(), population.vth(), population.du(),
                population.dv(), population.alpha(), population.effectiveAlpha(), population.referenceThreshold(),
                smallest, largest);
    }

    /** The report line of one projection; shared with the online circuits' quantiser. */
    public static QuantizationReport.ProjectionEntry entry(QuantizedProjection projection,
            QuantizedWeights weights) {
        return new QuantizationReport.ProjectionEntry(projection.name(), projection.source(), projection.target(),
                projection.weightExponent(), projection.signMode().name(), projection.numWeightBits(),
                projection.clipped(), projection.weights().length, weights.largestEffective(),
                weights.largestRoundingError(), projection.delay());
    }

    /** Notes on populations that exceed one Loihi core; shared with the online circuits' quantiser. */
    public static void hardwareNotes(Map<String, QuantizedPopulation> populations,
            List<QuantizedProjection> projections, List<ReportNote> notes) {
        for (QuantizedPopulation population : populations.values()) {
            if (population.isInput()) {
                continue;
            }
            int axons = projections.stream().filter(p -> p.target().equals(population.name()))
                    .mapToInt(QuantizedProjection::sourceSize).sum();
            if (population.size() > LoihiLimits.CORE_NEURONS || axons > LoihiLimits.CORE_INPUT_AXONS) {
                notes.add(new ReportNote(Category.HARDWARE, population.name(), population.size() + " neurons with "
                        + axons + " input axons exceed one Loihi core (" + LoihiLimits.CORE_NEURONS + " neurons, "
                        + LoihiLimits.CORE_INPUT_AXONS + " axons); the toolchain must split it across cores."));
            }
        }
    }
}
