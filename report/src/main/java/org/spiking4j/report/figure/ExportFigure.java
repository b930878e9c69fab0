package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.spiking4j.api.Spiking4jException;

/**
 * Figure 7: for an exported model, the float engine's and the bit-accurate Lava model's accuracy
 * (from {@code NAME.export-report.json}) and the first projection's weights before (float) and after
 * quantisation (the 8-bit mantissas in {@code NAME.lava.h5}).
 */
public final class ExportFigure {
    static final int NUMBER = 7;
    static final String TITLE = "Export to Loihi";
    static final String REPORT_SUFFIX = ".export-report.json";
    static final String LAVA_SUFFIX = ".lava.h5";
    private static final int BINS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param exportFolder the folder {@code spiking4j export --out} wrote, or null */
    public Figure draw(Path exportFolder, Map<String, float[]> weights, FigureFiles files, ObjectNode numbers) {
        if (exportFolder == null) {
            return Figure.omitted(NUMBER, TITLE, "Not exported: give --export DIR (the folder 'spiking4j export --out' "
                    + "wrote) to compare the float and the bit-accurate accuracy.");
        }
        Path reportFile = single(exportFolder, REPORT_SUFFIX);
        Path lavaFile = single(exportFolder, LAVA_SUFFIX);
        JsonNode report;
        try {
            report = JSON.readTree(reportFile.toFile());
        } catch (IOException e) {
            throw new Spiking4jException(reportFile + " is not valid JSON (" + e.getMessage()
                    + "); export the model again with --force.");
        }
        JsonNode accuracy = report.path("accuracy");
        double floatAccuracy = accuracy.path("floatAccuracy").asDouble(Double.NaN);
        double bitAccurate = accuracy.path("bitAccurateAccuracy").asDouble(Double.NaN);
        int samples = accuracy.path("samples").asInt(0);
        numbers.put("export_report", reportFile.getFileName().toString()).put("float_accuracy", floatAccuracy)
                .put("bit_accurate_accuracy", bitAccurate).put("samples", samples);

        CategoryChart bars = new CategoryChartBuilder().width(Charts.WIDTH / 2).height(Charts.HEIGHT)
                .title("Accuracy on " + samples + " test images").yAxisTitle("accuracy (%)").build();
        bars.getStyler().setChartBackgroundColor(Color.WHITE);
        bars.getStyler().setLegendVisible(false);
        bars.getStyler().setYAxisMin(0.0);
        bars.getStyler().setYAxisMax(100.0);
        bars.addSeries("accuracy", List.of("float engine", "bit-accurate Lava"),
                List.of(100 * floatAccuracy, 100 * bitAccurate));
        FigureFiles.Written written = files.chart(bars, "export-accuracy");

        String projection = firstProjection(report, weights);
        if (projection != null) {
            short[][] mantissas = readMantissas(lavaFile, projection);
            List<Double> before = new ArrayList<>();
            for (float weight : weights.get(projection)) {
                before.add((double) weight);
            }
            List<Double> after = new ArrayList<>();
            for (short[] row : mantissas) {
                for (short mantissa : row) {
                    after.add((double) mantissa);
                }
            }
            written = written.and(files.chart(histogram(before, projection + " before: float weights", "weight",
                    numbers.putObject("histogram_float")), "export-weights-float"));
            written = written.and(files.chart(histogram(after, projection + " after: Loihi weight mantissas",
                    "mantissa", numbers.putObject("histogram_quantised")), "export-weights-quantised"));
            numbers.put("histogram_projection", projection);
        }
        String caption = String.format("From %s: float engine %.2f%%, bit-accurate Lava model %.2f%% on the same %d "
                + "test images and input spikes (%.2f points lost to quantisation)%s.", exportFolder.resolve(
                reportFile.getFileName()), 100 * floatAccuracy, 100 * bitAccurate, samples,
                100 * (floatAccuracy - bitAccurate), projection == null ? ""
                        : "; histograms of projection " + projection + "'s weights before and after quantisation");
        return Figure.drawn(NUMBER, TITLE, caption, written);
    }

    private static XYChart histogram(List<Double> values, String title, String axis, ObjectNode numbers) {
        Histogram histogram = new Histogram(values, BINS);
        XYChart chart = Charts.xy(title, axis, "count");
        chart.getStyler().setLegendVisible(false);
        XYSeries series = chart.addSeries("count", histogram.getxAxisData(), histogram.getyAxisData());
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        series.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        ArrayNode centres = numbers.put("min", histogram.getMin()).put("max", histogram.getMax()).putArray("bin_centres");
        histogram.getxAxisData().forEach(centres::add);
        ArrayNode counts = numbers.putArray("counts");
        histogram.getyAxisData().forEach(counts::add);
        return chart;
    }

    /** The first projection the export quantised that the model also has. */
    private static String firstProjection(JsonNode report, Map<String, float[]> weights) {
        for (JsonNode entry : report.path("quantization").path("projections")) {
            String name = entry.path("name").asText();
            if (weights.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    private static short[][] readMantissas(Path lavaFile, String projection) {
        try (HdfFile file = new HdfFile(lavaFile)) {
            Dataset dataset = file.getDatasetByPath("projections/" + projection + "/weights");
            return (short[][]) dataset.getData();
        } catch (RuntimeException e) {
            throw new Spiking4jException(lavaFile + " has no readable int16 weights for projection " + projection + " ("
                    + e.getMessage() + "); export the model again with --force.");
        }
    }

    private static Path single(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            throw new Spiking4jException("--export " + folder + " is not a folder; give the folder that "
                    + "'spiking4j export --out' wrote.");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.size() != 1) {
                throw new Spiking4jException(folder + " holds " + found.size() + " *" + suffix + " files, expected one; "
                        + "give the folder of a single 'spiking4j export --format all' run.");
            }
            return found.get(0);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot list " + folder + ": " + e.getMessage());
        }
    }
}
