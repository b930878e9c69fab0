package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.spiking4j.runtime.model.EpochMetrics;

/** Figure 1: train and test accuracy and the test reconstruction error per epoch, from metrics.jsonl. */
public final class LearningCurvesFigure {
    static final int NUMBER = 1;
    static final String TITLE = "Learning curves";

    public Figure draw(List<EpochMetrics> metrics, FigureFiles files, ObjectNode numbers) {
        if (metrics.isEmpty()) {
            return Figure.omitted(NUMBER, TITLE, "No epoch has finished yet (metrics.jsonl has no lines): this is a "
                    + "checkpoint from inside the first epoch.");
        }
        int epochs = metrics.size();
        double[] epoch = new double[epochs];
        double[] train = new double[epochs];
        double[] test = new double[epochs];
        double[] reconstruction = new double[epochs];
        ArrayNode rows = numbers.putArray("epochs");
        boolean hasReconstruction = false;
        for (int index = 0; index < epochs; index++) {
            EpochMetrics line = metrics.get(index);
            epoch[index] = line.epoch();
            train[index] = 100 * line.trainAccuracy();
            test[index] = 100 * line.testAccuracy();
            reconstruction[index] = line.testReconstructionMse();
            hasReconstruction |= !Double.isNaN(line.testReconstructionMse());
            rows.addObject().put("epoch", line.epoch()).put("train_accuracy", line.trainAccuracy())
                    .put("test_accuracy", line.testAccuracy())
                    .put("test_reconstruction_mse", line.testReconstructionMse());
        }
        XYChart chart = Charts.xy("Accuracy and reconstruction error per epoch", "epoch", "accuracy (%)");
        chart.getStyler().setYAxisDecimalPattern("#0.##");
        chart.getStyler().setXAxisDecimalPattern("#0");
        chart.addSeries("train accuracy (running, %)", epoch, train);
        chart.addSeries("test accuracy (%)", epoch, test);
        if (hasReconstruction) {
            XYSeries error = chart.addSeries("test reconstruction error", epoch, reconstruction);
            error.setYAxisGroup(1);
            chart.setYAxisGroupTitle(1, "reconstruction error (Σ squared, per image)");
            chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        }
        EpochMetrics last = metrics.get(epochs - 1);
        String caption = String.format("%d epoch(s); after the last: train %.2f%%, test %.2f%%%s.", epochs,
                100 * last.trainAccuracy(), 100 * last.testAccuracy(), hasReconstruction
                        ? String.format(", reconstruction error %.2f", last.testReconstructionMse()) : "");
        return Figure.drawn(NUMBER, TITLE, caption, files.chart(chart, "learning-curves"));
    }
}
