package org.spiking4j.scaleout.spark;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.api.scaleout.TrialTask;

/**
 * Runs one trial inside a Spark task and records where and on which attempt. Bad input
 * ({@link Spiking4jException}) fails the trial at once, since another attempt would fail the same
 * way; anything else is thrown so that Spark retries the task.
 */
final class TrialAttempt implements Function<TrialTask, TrialOutcome> {
    private static final long serialVersionUID = 1L;

    @Override
    public TrialOutcome call(TrialTask task) {
        int attempt = TaskContext.get().attemptNumber() + 1;
        String executor = SparkEnv.get().executorId();
        try {
            return TrialOutcome.finished(task.trialId(), task.run(), executor, attempt);
        } catch (Spiking4jException badInput) {
            return TrialOutcome.failed(task.trialId(), badInput.getMessage(), executor, attempt);
        }
    }
}
