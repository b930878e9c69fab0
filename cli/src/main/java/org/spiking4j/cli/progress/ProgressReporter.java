package org.spiking4j.cli.progress;

import java.io.PrintWriter;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.training.TrainingListener;

/**
 * Progress of training and evaluation: a progress bar on a terminal, sparse lines otherwise (for
 * logs of background runs), and one summary line per epoch on standard output.
 */
public final class ProgressReporter implements TrainingListener {
    /** Without a terminal, print a progress line every this fraction of an epoch. */
    private static final int LOG_LINES_PER_EPOCH = 10;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private int epochs;
    private int firstBatch;
    private long started;

    public ProgressReporter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void epochStarted(int epoch, int totalEpochs, int firstBatch, int batches) {
        this.epochs = totalEpochs;
        this.started = System.nanoTime();
        this.firstBatch = firstBatch;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("epoch " + (epoch + 1) + "/" + totalEpochs)
                    .setInitialMax(batches).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
            bar.stepTo(firstBatch);
        }
    }

    @Override
    public void batchDone(int epoch, int batch, int batches, double trainAccuracy) {
        if (bar != null) {
            bar.stepTo(batch);
            bar.setExtraMessage(String.format("train acc %.1f%%", 100 * trainAccuracy));
        } else if (batch % Math.max(1, batches / LOG_LINES_PER_EPOCH) == 0 || batch == batches) {
            double seconds = (System.nanoTime() - started) / 1e9;
            // The ETA extrapolates from the batches this run did (a resumed epoch starts part-way).
            String eta = batch > firstBatch && batch < batches
                    ? ", ETA " + PlainProgressLine.duration(seconds / (batch - firstBatch) * (batches - batch)) : "";
            err.printf("  epoch %d/%d: batch %d/%d, running train accuracy %.2f%%, %.0f s%s%n", epoch + 1, epochs, batch,
                    batches, 100 * trainAccuracy, seconds, eta);
            err.flush();
        }
    }

    @Override
    public void evaluationStarted(int epoch, int batches) {
        closeBar();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("test").setInitialMax(batches)
                    .setStyle(ProgressBarStyle.ASCII).build();
        }
    }

    @Override
    public void evaluationBatchDone(int done, int batches) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void epochDone(EpochMetrics metrics) {
        closeBar();
        out.printf("epoch %d/%d: train accuracy %.2f%%, test accuracy %.2f%%, reconstruction MSE %.2f, %.0f s "
                + "(training %.0f s), spikes/step %s%n", metrics.epoch(), epochs, 100 * metrics.trainAccuracy(),
                100 * metrics.testAccuracy(), metrics.testReconstructionMse(), metrics.seconds(),
                metrics.trainSeconds(), rates(metrics.spikesPerStep()));
        out.flush();
    }

    private static String rates(Map<String, Double> spikesPerStep) {
        StringBuilder text = new StringBuilder();
        spikesPerStep.forEach((population, rate) -> text.append(text.length() == 0 ? "" : " ")
                .append(population).append('=').append(String.format("%.2f", rate)));
        return text.toString();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
