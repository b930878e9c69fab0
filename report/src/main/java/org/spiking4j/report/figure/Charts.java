package org.spiking4j.report.figure;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** The report's chart look: one size, white background, legend outside the plot. */
final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    /** Ten distinguishable colours (Tableau 10), one per class. */
    static final Color[] CLASS_COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2),
            new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private Charts() {
    }

    static XYChart xy(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis)
                .yAxisTitle(yAxis).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setPlotGridLinesVisible(false);
        return chart;
    }

    static Color classColour(int label) {
        Color base = CLASS_COLOURS[label % CLASS_COLOURS.length];
        return label < CLASS_COLOURS.length ? base : base.darker();
    }
}
