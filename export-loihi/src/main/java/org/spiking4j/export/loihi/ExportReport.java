package org.spiking4j.export.loihi;

import java.util.List;
import java.util.Map;
import org.spiking4j.export.loihi.accuracy.AccuracyComparison;
import org.spiking4j.export.loihi.quantize.QuantizationReport;
import org.spiking4j.export.loihi.quantize.ReportNote;

/**
 * Everything one export decided and measured; printed with {@link #toText()} and written as JSON
 * next to the files.
 *
 * @param files the files written, by name, in the export folder
 * @param formatNotes what individual formats (netx) could not hold
 * @param largestInput per LIF population, the largest |per-step synaptic input| the bit-accurate
 *     simulator saw (the chip takes ±{@code synapticInputLimit})
 * @param spikesPerStep per LIF population, mean spikes per step per test image in the simulator
 * @param accuracy the float engine against the bit-accurate simulator; null without test images
 */
public record ExportReport(String circuit, String folder, List<String> files, QuantizationReport quantization,
        List<ReportNote> formatNotes, Map<String, Long> largestInput, long synapticInputLimit,
        Map<String, Double> spikesPerStep, AccuracyComparison accuracy, List<String> remarks) {

    public ExportReport {
        files = List.copyOf(files);
        formatNotes = List.copyOf(formatNotes);
        largestInput = Map.copyOf(largestInput);
        spikesPerStep = Map.copyOf(spikesPerStep);
        remarks = List.copyOf(remarks);
    }

    /** The report as the command prints it. */
    public String toText() {
        return ReportText.render(this);
    }
}
