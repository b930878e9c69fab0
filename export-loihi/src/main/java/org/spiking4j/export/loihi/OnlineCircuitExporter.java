package org.spiking4j.export.loihi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.export.loihi.accuracy.AccuracyComparison;
import org.spiking4j.export.loihi.calibrate.InputHeadroom;
import org.spiking4j.export.loihi.learning.OnChipLearningRule;
import org.spiking4j.export.loihi.learning.StdpRuleTranslator;
import org.spiking4j.export.loihi.online.HostPresentation;
import org.spiking4j.export.loihi.online.OnlineCircuitQuantizer;
import org.spiking4j.export.loihi.online.OnlineModelComparison;
import org.spiking4j.export.loihi.online.PoissonTestEncoder;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.Quantization;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.quantize.ReportNote.Category;
import org.spiking4j.export.loihi.write.GoldenVectors;
import org.spiking4j.runtime.training.BatchListener;

/**
 * The Loihi export of a circuit trained by an online protocol (Diehl &amp; Cook): quantises the
 * inference circuit (θ folded per unit), calibrates its ranges on training images, compares the
 * float model and Lava's bit-accurate model on the test images with the same input spikes, writes
 * the files of {@link LoihiExporter} plus the rules for on-chip learning, and reports everything
 * approximated.
 */
public final class OnlineCircuitExporter {
    private static final long DEFAULT_SEED = 1234L;
    /** Training images and test images draw their input at different coordinates. */
    private static final int CALIBRATION_PRESENTATION = 0;

    private final OnlineCircuitQuantizer quantizer = new OnlineCircuitQuantizer();
    private final BatchListener progress;

    public OnlineCircuitExporter(BatchListener progress) {
        this.progress = progress;
    }

    public ExportReport export(OnlineModel model, ExportRequest request) {
        CircuitDescription circuit = model.circuit();
        ReadoutSpec readout = circuit.protocol() == null ? null : circuit.protocol().readout();
        if (readout == null || readout.population() == null) {
            throw new Spiking4jException("Circuit '" + circuit.name() + "' names no readout population, so the "
                    + "export cannot classify with it; train it with a protocol readout such as label-assignment.");
        }
        String baseName = request.baseName() != null ? request.baseName() : LoihiExporter.fileStem(circuit.name());
        ExportFiles files = ExportFiles.plan(request.outputFolder(), baseName, request.formats(),
                request.testImages() != null);
        files.checkWritable(request.force());

        long seed = circuit.seed() == null ? DEFAULT_SEED : circuit.seed();
        HostPresentation presentation = HostPresentation.of(circuit.protocol().params());
        PoissonTestEncoder calibration = new PoissonTestEncoder(model.calibrationImages(), seed,
                circuit.time().steps(), circuit.time().dt(), PoissonTestEncoder.CALIBRATION_COORDINATE);
        Quantization quantization = new InputHeadroom().fit(
                options -> quantizer.quantize(circuit, model.state(), options), request.quantization(),
                image -> calibration.encode(image, CALIBRATION_PRESENTATION, presentation.intensityHz()),
                Math.min(InputHeadroom.CALIBRATION_IMAGES, model.calibrationImages().count()));
        QuantizedNetwork network = quantization.network();

        List<OnChipLearningRule> rules = new ArrayList<>();
        List<ReportNote> notes = new ArrayList<>(protocolNotes(circuit, presentation));
        StdpRuleTranslator translator = new StdpRuleTranslator();
        circuit.projections().forEach((name, spec) -> translator.translate(name, spec, circuit).ifPresent(rule -> {
            rules.add(rule);
            notes.add(new ReportNote(Category.ON_CHIP_LEARNING, name, String.format(Locale.ROOT, "%s(learning_rate=%s, "
                    + "A_plus=%s, A_minus=%s, tau_plus=%s, tau_minus=%s, t_epoch=%d): dw = \"%s\" (written to the "
                    + ".lava.h5 file's learning/%s). The exported inference circuit above is the trained one; "
                    + "learning on chip from it is approximate:", rule.rule(), rule.learningRate(), rule.aPlus(),
                    rule.aMinus(), rule.tauPlus(), rule.tauMinus(), rule.tEpoch(), rule.dw(), name)));
            rule.notRepresentable().forEach(text -> notes.add(new ReportNote(Category.ON_CHIP_LEARNING, name,
                    "not representable: " + text)));
        }));
        circuit.projections().forEach((name, spec) -> {
            if (spec.rule() != null && !StdpRuleTranslator.STDP.equals(spec.rule().model())) {
                notes.add(new ReportNote(Category.DROPPED, "rule " + spec.rule().model(), "Rule '"
                        + spec.rule().model() + "' of " + name + " has no on-chip form; the weights are exported "
                        + "frozen at their trained values."));
            }
        });
        Quantization reported = new Quantization(network, quantization.report().withNotes(notes));

        Map<String, Long> largestInput = new LinkedHashMap<>();
        Map<String, Double> spikesPerStep = new LinkedHashMap<>();
        AccuracyComparison accuracy = null;
        GoldenVectors vectors = null;
        if (request.testImages() != null) {
            if (request.testImages().count() == 0) {
                throw new Spiking4jException("The test set is empty, so there is nothing to measure or to write as "
                        + "golden vectors.");
            }
            PoissonTestEncoder test = new PoissonTestEncoder(request.testImages(), seed, circuit.time().steps(),
                    circuit.time().dt(), PoissonTestEncoder.TEST_COORDINATE);
            OnlineModelComparison.Result result = new OnlineModelComparison(network, model.floatModel(),
                    model.readout(), readout.population(), presentation).compare(test, request.vectorSamples(), progress);
            accuracy = result.accuracy();
            largestInput.putAll(result.largestInput());
            spikesPerStep.putAll(result.spikesPerStep());
            vectors = result.vectors();
        }
        GoldenVectors goldenVectors = vectors;
        AccuracyComparison comparison = accuracy;
        return ExportWriter.write(files, network, rules, goldenVectors, formatNotes -> new ExportReport(
                circuit.name(), files.folder().toString(), ExportWriter.fileNames(files), reported.report(), formatNotes,
                largestInput, LoihiLimits.SYNAPTIC_INPUT_MAX, spikesPerStep, comparison, List.of(LoihiExporter.HARDWARE_REMARK)));
    }

    private static List<ReportNote> protocolNotes(CircuitDescription circuit, HostPresentation presentation) {
        List<ReportNote> notes = new ArrayList<>();
        String between = circuit.protocol().option("between", "rest");
        if (!"reset".equals(between)) {
            notes.add(new ReportNote(Category.APPROXIMATED, "protocol " + circuit.protocol().model(), "Between samples "
                    + "the float circuit rests without input; the Lava run resets v and the Dense buffers for every "
                    + "sample (LIFReset), so what the rest leaves over is lost."));
        }
        if (presentation.minSpikes() > 0) {
            notes.add(new ReportNote(Category.HARDWARE, "protocol " + circuit.protocol().model(), String.format(
                    Locale.ROOT, "Re-presentation (a sample fired fewer than %d readout spikes: again %.6g Hz brighter, "
                            + "at most %d times) is a host loop around the chip; both models below run it.",
                    presentation.minSpikes(), presentation.intensityStepHz(), presentation.maxPresentations())));
        }
        return notes;
    }
}
