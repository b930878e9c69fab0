package org.spiking4j.cli.progress;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.spiking4j.report.ReportProgress;
import org.spiking4j.runtime.training.BatchListener;

/**
 * Progress of one task after another (evaluation batches, the report's phases): a progress bar
 * with elapsed time and ETA on a terminal, otherwise a plain line with the ETA every tenth of a task.
 */
public final class TaskProgress implements ReportProgress {
    /** Without a terminal, print a line every this fraction of a task. */
    private static final int LOG_LINES_PER_TASK = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private String task;
    private int total;
    private int lastLogged;
    private long started;

    public TaskProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    TaskProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void start(String taskName, int steps) {
        finish();
        this.task = taskName;
        this.total = Math.max(1, steps);
        this.lastLogged = 0;
        this.started = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(taskName).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).build();
        }
    }

    @Override
    public void advance(int done) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (task != null && (done - lastLogged >= Math.max(1, total / LOG_LINES_PER_TASK) || done >= total)
                && done > lastLogged) {
            lastLogged = done;
            err.println("  " + task + ": " + PlainProgressLine.format(done, total, (System.nanoTime() - started) / 1e9));
            err.flush();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        task = null;
    }

    /** A batch listener that starts the task when it is first told, with the total it is told then. */
    public BatchListener batches(String taskName) {
        return (done, all) -> {
            if (task == null || !task.equals(taskName)) {
                start(taskName, all);
            }
            advance(done);
        };
    }

    /** The same progress as a batch listener (evaluation). */
    public BatchListener batches(String taskName, int batches) {
        start(taskName, batches);
        return (done, all) -> {
            advance(done);
            if (done >= all) {
                finish();
            }
        };
    }
}
