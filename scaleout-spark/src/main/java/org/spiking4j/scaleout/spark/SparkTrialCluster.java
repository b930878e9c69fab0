package org.spiking4j.scaleout.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.ShardResult;
import org.spiking4j.api.scaleout.ShardWork;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.api.scaleout.TrialTask;

/**
 * A running Spark context. Every trial is its own single-task job, submitted all at once: Spark
 * fills the free cores in submission order, retries a failed task, and a job that keeps failing
 * (an exception on every attempt, executors lost) fails only its own trial.
 */
final class SparkTrialCluster implements TrialCluster {
    private static final long POLL_MILLISECONDS = 100;

    private final JavaSparkContext context;
    private final SparkMaster master;
    private final ClusterSettings settings;

    SparkTrialCluster(JavaSparkContext context, SparkMaster master, ClusterSettings settings) {
        this.context = context;
        this.master = master;
        this.settings = settings;
    }

    @Override
    public String description() {
        String threads = settings.threadsPerTrial() + (settings.threadsPerTrial() == 1 ? " thread" : " threads");
        if (master.localSlots() == SparkMaster.UNKNOWN_SLOTS) {
            return "Spark master " + master.url() + ", " + threads + " per trial";
        }
        int atOnce = Math.max(1, master.localSlots() / settings.threadsPerTrial());
        return "Spark " + master.url() + " on this machine, " + atOnce + " trial" + (atOnce == 1 ? "" : "s")
                + " at a time, " + threads + " each";
    }

    @Override
    public List<TrialOutcome> runAll(List<? extends TrialTask> tasks, Consumer<TrialOutcome> onDone) {
        List<JavaFutureAction<List<TrialOutcome>>> jobs = new ArrayList<>();
        for (TrialTask task : tasks) {
            context.setJobDescription("trial " + task.trialId());
            jobs.add(context.parallelize(List.<TrialTask>of(task), 1).map(new TrialAttempt()).collectAsync());
        }
        TrialOutcome[] outcomes = new TrialOutcome[tasks.size()];
        int open = tasks.size();
        try {
            while (open > 0) {
                for (int index = 0; index < outcomes.length; index++) {
                    if (outcomes[index] == null && jobs.get(index).isDone()) {
                        outcomes[index] = outcome(tasks.get(index), jobs.get(index));
                        onDone.accept(outcomes[index]);
                        open--;
                    }
                }
                if (open > 0) {
                    Thread.sleep(POLL_MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.forEach(job -> job.cancel(true));
            throw new Spiking4jException("The sweep was interrupted; finished trials keep their folders and a "
                    + "rerun of the same command resumes the others from their checkpoints.", e);
        }
        return Arrays.asList(outcomes);
    }

    private TrialOutcome outcome(TrialTask task, JavaFutureAction<List<TrialOutcome>> job) {
        try {
            return job.get().get(0);
        } catch (ExecutionException e) {
            String reason = SparkFailures.firstLine(e.getCause() == null ? e : e.getCause());
            return TrialOutcome.failed(task.trialId(), reason, "", SparkFailures.attempts(reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TrialOutcome.failed(task.trialId(), "interrupted", "", 0);
        }
    }

    /**
     * One job with one partition per shard. The results are collected, not tree-reduced: Spark's
     * reduce merges partial results in the order tasks finish, so float sums would differ from run to
     * run; the caller averages the collected states in shard order (one state per worker is the same
     * traffic a tree reduction of N vectors would move to the driver for N = 2).
     */
    @Override
    public List<ShardResult> runShards(List<? extends ShardWork> work) {
        context.setJobDescription("data-parallel round of " + work.size() + " shards");
        List<ShardWork> pieces = new ArrayList<>(work);
        try {
            List<ShardResult> results = new ArrayList<>(
                    context.parallelize(pieces, pieces.size()).map(new ShardAttempt()).collect());
            results.sort(Comparator.comparingInt(ShardResult::shard));
            return results;
        } catch (Spiking4jException badInput) {
            throw badInput;
        } catch (Exception e) { // Scala code throws SparkException without declaring it
            throw new Spiking4jException("A data-parallel round failed on Spark: " + SparkFailures.firstLine(e)
                    + ". The last round's checkpoint stands; continue with --resume.", e);
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
