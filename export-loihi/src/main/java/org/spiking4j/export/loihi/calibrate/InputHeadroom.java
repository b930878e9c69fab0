package org.spiking4j.export.loihi.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.Quantizer;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.quantize.ReportNote.Category;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.export.loihi.simulate.BitAccurateNetwork;
import org.spiking4j.export.loihi.simulate.SampleSpikes;

/**
 * Keeps every population's per-step synaptic input inside the chip's ±2^15. A population's scale
 * multiplies its potential, its threshold and all its incoming weights alike, so lowering it by a
 * power of two changes none of its spikes (up to rounding) but divides its largest input by that
 * power. The largest inputs are measured with the bit-accurate simulator on a few images (ranges
 * only; no labels are used), and each population above half the limit gets vth ≫ k for the
 * smallest k that brings it under: the spare bit covers images the calibration did not see.
 */
public final class InputHeadroom {
    /** Images whose per-step inputs set the ranges. */
    public static final int CALIBRATION_IMAGES = 200;
    /** The calibration aims at half the chip's limit. */
    static final long TARGET_INPUT = LoihiLimits.SYNAPTIC_INPUT_MAX / 2;
    /** Rescaling one population leaves the others' inputs alone, so one round nearly always suffices. */
    private static final int MAX_ROUNDS = 4;
    /** Doublings back towards the requested vth: 2^12 covers every vth from 1 to the default. */
    private static final int MAX_RAISES = 12;

    private final Quantizer quantizer = new Quantizer();

    public Quantization fit(TrainedCircuit trained, QuantizationOptions options, BernoulliTestEncoder encoder) {
        int images = Math.min(CALIBRATION_IMAGES, encoder.images().count());
        return fit(chosen -> quantizer.quantize(trained, chosen), options, encoder::encode, images);
    }

    /**
     * The same for any quantiser and input: {@code quantize} maps options to a quantisation,
     * {@code calibrationInput} gives image k's (steps, inputs) spikes, of which the first {@code images} are run.
     */
    public Quantization fit(Function<QuantizationOptions, Quantization> quantize, QuantizationOptions options,
            IntFunction<byte[]> calibrationInput, int images) {
        Quantization initial = quantize.apply(options);
        Map<String, Long> firstMeasured = largestInputs(initial, calibrationInput, images);
        Map<String, Long> largest = firstMeasured;
        Quantization quantization = initial;
        QuantizationOptions current = options;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, Integer> lowered = new LinkedHashMap<>(current.thresholdMantissas());
            for (QuantizedPopulation population : quantization.network().lifPopulations()) {
                long input = largest.getOrDefault(population.name(), 0L);
                if (input > TARGET_INPUT && population.vth() > 1) {
                    int shift = 64 - Long.numberOfLeadingZeros((input - 1) / TARGET_INPUT);
                    lowered.put(population.name(), Math.max(1, population.vth() >> shift));
                }
            }
            if (lowered.equals(current.thresholdMantissas())) {
                break;
            }
            current = current.withThresholdMantissas(lowered);
            quantization = quantize.apply(current);
            largest = largestInputs(quantization, calibrationInput, images);
        }
        // A first run whose inputs wrapped around can ask for far more lowering than needed: raise each
        // lowered vth again by powers of two while its measured input stays within the target.
        for (int round = 0; round < MAX_RAISES; round++) {
            Map<String, Integer> raised = new LinkedHashMap<>(current.thresholdMantissas());
            for (QuantizedPopulation population : quantization.network().lifPopulations()) {
                int original = initial.network().population(population.name()).vth();
                if (population.vth() < original && 2 * largest.getOrDefault(population.name(), 0L) <= TARGET_INPUT) {
                    raised.put(population.name(), Math.min(original, 2 * population.vth()));
                }
            }
            if (raised.equals(current.thresholdMantissas())) {
                break;
            }
            QuantizationOptions candidateOptions = current.withThresholdMantissas(raised);
            Quantization candidate = quantize.apply(candidateOptions);
            Map<String, Long> measured = largestInputs(candidate, calibrationInput, images);
            if (measured.values().stream().anyMatch(input -> input > TARGET_INPUT)) {
                break;
            }
            current = candidateOptions;
            quantization = candidate;
            largest = measured;
        }
        List<ReportNote> notes = new ArrayList<>();
        for (QuantizedPopulation population : quantization.network().lifPopulations()) {
            int before = initial.network().population(population.name()).vth();
            if (population.vth() != before) {
                notes.add(new ReportNote(Category.HARDWARE, population.name(), String.format(Locale.ROOT,
                        "vth lowered from %d to %d (and the scale with it): its largest per-step input on %d "
                                + "calibration images was %d, more than half the chip's ±2^15; now %d.", before,
                        population.vth(), images, firstMeasured.get(population.name()),
                        largest.get(population.name()))));
            }
        }
        return new Quantization(quantization.network(), quantization.report().withNotes(notes));
    }

    private static Map<String, Long> largestInputs(Quantization quantization, IntFunction<byte[]> input,
            int images) {
        BitAccurateNetwork simulator = new BitAccurateNetwork(quantization.network());
        Map<String, Long> largest = new LinkedHashMap<>();
        for (int image = 0; image < images; image++) {
            SampleSpikes result = simulator.run(input.apply(image));
            result.largestInput().forEach((population, value) -> largest.merge(population, value, Math::max));
        }
        return largest;
    }
}
