package org.spiking4j.report.figure;

import java.util.List;

/**
 * One numbered figure of the report: its pictures (PNG, shown) and vector copies (SVG, linked), or
 * the reason it does not apply to this circuit.
 *
 * @param omittedBecause null when drawn; otherwise one sentence saying why the figure is left out
 */
public record Figure(int number, String title, String caption, List<String> images, List<String> vectors,
        String omittedBecause) {

    public Figure {
        images = List.copyOf(images);
        vectors = List.copyOf(vectors);
    }

    public static Figure drawn(int number, String title, String caption, FigureFiles.Written written) {
        return new Figure(number, title, caption, written.images(), written.vectors(), null);
    }

    public static Figure omitted(int number, String title, String reason) {
        return new Figure(number, title, "", List.of(), List.of(), reason);
    }

    public boolean isOmitted() {
        return omittedBecause != null;
    }
}
