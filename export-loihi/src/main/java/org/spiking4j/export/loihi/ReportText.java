package org.spiking4j.export.loihi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spiking4j.export.loihi.accuracy.AccuracyComparison;
import org.spiking4j.export.loihi.quantize.QuantizationReport.PopulationEntry;
import org.spiking4j.export.loihi.quantize.QuantizationReport.ProjectionEntry;
import org.spiking4j.export.loihi.quantize.ReportNote;

/** Renders an export report as plain text tables. */
final class ReportText {

    private ReportText() {
    }

    static String render(ExportReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Loihi export of circuit '").append(report.circuit()).append("' to ").append(report.folder())
                .append('\n');
        text.append("\nPopulations (Lava LIF, du = 4095: the current is replaced each step)\n");
        text.append(row("name", "role", "size", "scale", "vth", "dv", "leak", "dv/4096", "theta_ref",
                "theta_i range", "largest |a|"));
        for (PopulationEntry population : report.quantization().populations()) {
            Long largest = report.largestInput().get(population.name());
            text.append(row(population.name(), population.role(), Integer.toString(population.size()),
                    format("%.6g", population.scale()), Integer.toString(population.vth()),
                    Integer.toString(population.dv()), format("%.6g", population.alpha()),
                    format("%.6g", population.effectiveAlpha()), format("%.4g", population.referenceThreshold()),
                    format("%.4g…%.4g", population.smallestThreshold(), population.largestThreshold()),
                    largest == null ? "-" : largest + (largest > report.synapticInputLimit() ? " (over ±2^15)" : "")));
        }
        text.append("\nProjections (Lava Dense, one-step delay)\n");
        text.append(row("name", "src→dst", "sign mode", "exp", "bits", "clipped", "weights", "largest |w|",
                "max rounding", "delay"));
        for (ProjectionEntry projection : report.quantization().projections()) {
            text.append(row(projection.name(), projection.source() + "→" + projection.target(),
                    projection.signMode(), Integer.toString(projection.weightExponent()),
                    Integer.toString(projection.numWeightBits()), Integer.toString(projection.clipped()),
                    Integer.toString(projection.weights()), format("%.4g", projection.largestEffective()),
                    format("%.3g", projection.largestRoundingError()), Integer.toString(projection.delay())));
        }
        List<ReportNote> notes = new ArrayList<>(report.quantization().notes());
        notes.addAll(report.formatNotes());
        text.append("\nDropped, approximated or folded\n");
        for (ReportNote note : notes) {
            text.append("  [").append(note.category().name().toLowerCase(Locale.ROOT)).append("] ")
                    .append(note.subject()).append(": ").append(note.text()).append('\n');
        }
        AccuracyComparison accuracy = report.accuracy();
        if (accuracy != null) {
            text.append("\nTest accuracy on ").append(accuracy.samples()).append(" images\n");
            text.append("  input: ").append(accuracy.inputEncoding()).append('\n');
            text.append(String.format(Locale.ROOT, "  float model (as trained, learning off):    %s%n",
                    accuracy.floatAccuracy() == null ? "not measured" : percent(accuracy.floatAccuracy())));
            text.append(String.format(Locale.ROOT, "  bit-accurate Lava simulator:                %s%n",
                    percent(accuracy.bitAccurateAccuracy())));
            if (accuracy.floatAccuracy() != null) {
                text.append(String.format(Locale.ROOT, "  loss from quantisation:                     %.2f points%n",
                        accuracy.lossPoints()));
            }
        }
        text.append("\nFiles\n");
        report.files().forEach(file -> text.append("  ").append(file).append('\n'));
        report.remarks().forEach(remark -> text.append("\n").append(remark).append('\n'));
        return text.toString();
    }

    private static String row(String... cells) {
        StringBuilder line = new StringBuilder(" ");
        int[] widths = {6, 14, 10, 6, 5, 8, 9, 11, 12, 14, 16};
        for (int index = 0; index < cells.length; index++) {
            int width = index < widths.length ? widths[index] : 10;
            line.append(' ').append(String.format(Locale.ROOT, "%-" + width + "s", cells[index]));
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }
}
