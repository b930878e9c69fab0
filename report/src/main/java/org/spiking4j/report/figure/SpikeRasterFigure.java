package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.spiking4j.report.record.SpikeRaster;

/** Figure 3: every spike of every population over the T steps, for the first test images. */
public final class SpikeRasterFigure {
    static final int NUMBER = 3;
    static final String TITLE = "Spike rasters";
    private static final int MARKER_SIZE = 2;

    public Figure draw(List<SpikeRaster> rasters, FigureFiles files, ObjectNode numbers) {
        if (rasters.isEmpty()) {
            return Figure.omitted(NUMBER, TITLE, "The test set is empty.");
        }
        FigureFiles.Written written = new FigureFiles.Written(List.of(), List.of());
        ArrayNode images = numbers.putArray("images");
        StringBuilder layout = new StringBuilder();
        for (SpikeRaster raster : rasters) {
            XYChart chart = Charts.xy("Test image " + raster.image() + " (class " + raster.label() + ")",
                    "step", "unit (populations stacked)");
            XYStyler styler = chart.getStyler();
            styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            styler.setMarkerSize(MARKER_SIZE);
            styler.setXAxisMin(0.0);
            styler.setXAxisMax((double) raster.steps());
            ObjectNode image = images.addObject().put("image", raster.image()).put("label", raster.label())
                    .put("steps", raster.steps());
            ObjectNode populations = image.putObject("populations");
            int offset = 0;
            layout.setLength(0);
            for (var entry : raster.populations().entrySet()) {
                SpikeRaster.PopulationSpikes spikes = entry.getValue();
                double[] x = new double[Math.max(1, spikes.count())];
                double[] y = new double[x.length];
                for (int index = 0; index < spikes.count(); index++) {
                    x[index] = spikes.steps()[index] + 1;
                    y[index] = offset + spikes.units()[index];
                }
                if (spikes.count() == 0) {
                    x[0] = Double.NaN;
                    y[0] = Double.NaN;
                }
                XYSeries series = chart.addSeries(entry.getKey() + " (" + spikes.count() + ")", x, y);
                series.setMarker(SeriesMarkers.CIRCLE);
                ObjectNode population = populations.putObject(entry.getKey()).put("size", spikes.size())
                        .put("first_row", offset).put("spikes", spikes.count());
                ArrayNode steps = population.putArray("steps");
                ArrayNode units = population.putArray("units");
                for (int index = 0; index < spikes.count(); index++) {
                    steps.add(spikes.steps()[index] + 1);
                    units.add(spikes.units()[index]);
                }
                layout.append(layout.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ').append(offset)
                        .append('–').append(offset + spikes.size() - 1);
                offset += spikes.size();
            }
            written = written.and(files.chart(chart, "raster-" + raster.image()));
        }
        String caption = "Every spike of every population over the " + rasters.get(0).steps() + " steps of the first "
                + rasters.size() + " test images (labels zeroed, as at test time); rows: " + layout
                + "; the legend gives each population's spike count.";
        return Figure.drawn(NUMBER, TITLE, caption, written);
    }
}
