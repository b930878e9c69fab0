package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.spiking4j.report.analysis.NeighbourSeparation;
import org.spiking4j.report.analysis.PrincipalComponents;
import org.spiking4j.report.analysis.TsneEmbedding;
import org.spiking4j.report.record.CircuitRecording;

/**
 * Figure 4: t-SNE of the hidden populations' rate codes after PCA, coloured by class, with the
 * k-nearest-neighbour accuracy in the 2-D picture as the check that the clusters are real.
 */
public final class EmbeddingFigure {
    static final int NUMBER = 4;
    static final String TITLE = "Embedding of the hidden rate codes";
    /** PCA keeps this many components before t-SNE (the usual choice, van der Maaten's default). */
    public static final int PCA_COMPONENTS = 50;
    private static final int MARKER_SIZE = 4;
    /** Fewer images than this make no t-SNE worth drawing (it needs several perplexities of neighbours). */
    public static final int MINIMUM_SAMPLES = 10;

    /** The separation the figure prints, for the command's summary line. */
    public record Separation(double embeddingAccuracy, double principalComponentAccuracy, int neighbours,
            int samples) {
    }

    private final TsneEmbedding tsne;
    private final NeighbourSeparation separation;

    public EmbeddingFigure(TsneEmbedding tsne, NeighbourSeparation separation) {
        this.tsne = tsne;
        this.separation = separation;
    }

    /** @param progress told the t-SNE's fraction done */
    public Result draw(CircuitRecording recording, int classes, FigureFiles files, ObjectNode numbers,
            DoubleConsumer progress) {
        int samples = recording.sampleLabels().length;
        if (samples < MINIMUM_SAMPLES) {
            return omitted("Only " + samples + " test images were recorded; the t-SNE needs at least "
                    + MINIMUM_SAMPLES + " (raise --samples).", samples);
        }
        PrincipalComponents pca = new PrincipalComponents();
        if (pca.informativeColumns(recording.rateCodes()) == 0) {
            return omitted("No hidden unit fired differently across the " + samples + " images, so the rate codes "
                    + "hold nothing to embed; the circuit has not learned a code yet.", samples);
        }
        double[][] components = pca.project(recording.rateCodes(), PCA_COMPONENTS);
        double[][] embedding = tsne.embed(components, progress);
        int[] labels = recording.sampleLabels();
        double accuracy = separation.accuracy(embedding, labels, classes);
        double componentAccuracy = separation.accuracy(components, labels, classes);
        Separation result = new Separation(accuracy, componentAccuracy, separation.neighbours(), labels.length);
        List<String> populations = new ArrayList<>();
        recording.hiddenPopulations().forEach(population -> populations.add(population.name() + " ("
                + population.size() + ")"));

        XYChart chart = Charts.xy(String.format("t-SNE of %d test images: %d-NN accuracy in 2-D %.1f%%",
                labels.length, separation.neighbours(), 100 * accuracy), "t-SNE 1", "t-SNE 2");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(MARKER_SIZE);
        for (int label = 0; label < classes; label++) {
            int count = 0;
            for (int value : labels) {
                count += value == label ? 1 : 0;
            }
            if (count == 0) {
                continue;
            }
            double[] x = new double[count];
            double[] y = new double[count];
            int index = 0;
            for (int sample = 0; sample < labels.length; sample++) {
                if (labels[sample] == label) {
                    x[index] = embedding[sample][0];
                    y[index++] = embedding[sample][1];
                }
            }
            XYSeries series = chart.addSeries("class " + label, x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(Charts.classColour(label));
        }
        numbers.put("samples", labels.length).put("hidden_populations", String.join(", ", populations))
                .put("pca_components", components[0].length).put("tsne_perplexity", tsne.perplexity())
                .put("tsne_theta", tsne.theta()).put("tsne_iterations", tsne.iterations()).put("tsne_seed", tsne.seed())
                .put("neighbours", separation.neighbours()).put("knn_accuracy_2d", accuracy)
                .put("knn_accuracy_pca", componentAccuracy);
        ArrayNode points = numbers.putArray("points");
        for (int sample = 0; sample < labels.length; sample++) {
            points.addArray().add(embedding[sample][0]).add(embedding[sample][1]).add(labels[sample]);
        }
        String caption = String.format("Rate codes (spikes per step) of %s for the first %d test images, reduced "
                + "to %d principal components (EJML SVD) and embedded by Barnes-Hut t-SNE (perplexity %.0f, θ %.1f, "
                + "%d iterations, seed %d). Separation: leave-one-out %d-nearest-neighbour accuracy %.2f%% in the "
                + "2-D embedding (%.2f%% in the %d PCA components; chance %.0f%%).", String.join(" and ", populations),
                labels.length, components[0].length, tsne.perplexity(), tsne.theta(), tsne.iterations(), tsne.seed(),
                separation.neighbours(), 100 * accuracy, 100 * componentAccuracy, components[0].length,
                100.0 / classes);
        return new Result(Figure.drawn(NUMBER, TITLE, caption, files.chart(chart, "embedding")), result);
    }

    public record Result(Figure figure, Separation separation) {
    }

    private Result omitted(String reason, int samples) {
        return new Result(Figure.omitted(NUMBER, TITLE, reason),
                new Separation(Double.NaN, Double.NaN, separation.neighbours(), samples));
    }

    public static Figure omittedWithoutHidden() {
        return Figure.omitted(NUMBER, TITLE, "The circuit has no hidden population, so there are no rate codes.");
    }
}
