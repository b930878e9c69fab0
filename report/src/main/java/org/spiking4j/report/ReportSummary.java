package org.spiking4j.report;

import java.nio.file.Path;
import java.util.List;
import org.spiking4j.report.figure.EmbeddingFigure;
import org.spiking4j.report.figure.Figure;

/** What a report run wrote: its page, every figure (drawn or left out) and the embedding's separation. */
public record ReportSummary(Path index, List<Figure> figures, EmbeddingFigure.Separation separation,
        double testAccuracy) {
}
