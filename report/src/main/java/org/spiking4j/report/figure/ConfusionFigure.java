package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.spiking4j.report.analysis.ConfusionMatrix;

/** Figure 6: the readout's confusion matrix on the test set, counts written in the cells. */
public final class ConfusionFigure {
    static final int NUMBER = 6;
    static final String TITLE = "Confusion matrix";
    private static final int SIZE = 640;

    public Figure draw(String classifier, ConfusionMatrix matrix, FigureFiles files, ObjectNode numbers) {
        if (classifier == null) {
            return Figure.omitted(NUMBER, TITLE, "The circuit has no classifier population, so it makes no predictions.");
        }
        int classes = matrix.classes();
        int[] axis = new int[classes];
        // XChart takes the heat as heat[x][y]: predicted class across, true class up.
        int[][] cells = new int[classes][classes];
        int largest = 0;
        for (int actual = 0; actual < classes; actual++) {
            axis[actual] = actual;
            for (int predicted = 0; predicted < classes; predicted++) {
                cells[predicted][actual] = matrix.counts()[actual][predicted];
                largest = Math.max(largest, matrix.counts()[actual][predicted]);
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(SIZE).height(SIZE)
                .title(String.format("Readout %s on the test set: accuracy %.2f%%", classifier, 100 * matrix.accuracy()))
                .xAxisTitle("predicted class").yAxisTitle("true class").build();
        HeatMapStyler styler = chart.getStyler();
        styler.setShowValue(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendVisible(false);
        styler.setMin(0);
        styler.setMax(Math.max(1, largest));
        styler.setRangeColors(new Color[] {Color.WHITE, new Color(0x9ecae1), new Color(0x08519c)});
        chart.addSeries("counts", axis, axis, cells);
        ArrayNode rows = numbers.put("population", classifier).put("accuracy", matrix.accuracy()).putArray("counts");
        for (int[] row : matrix.counts()) {
            ArrayNode values = rows.addArray();
            for (int count : row) {
                values.add(count);
            }
        }
        String caption = "Rows: true class, columns: the class the readout " + classifier + " predicts (argmax of its "
                + "spike counts, labels zeroed); the diagonal holds the correct answers.";
        return Figure.drawn(NUMBER, TITLE, caption, files.chart(chart, "confusion-matrix"));
    }
}
