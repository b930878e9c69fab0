package org.spiking4j.api.scaleout;

import java.util.List;
import java.util.function.Consumer;

/** A connected engine: runs trials side by side and stops its workers when closed. */
public interface TrialCluster extends AutoCloseable {

    /** What it runs on, for the user: the master URL and how many trials fit at once. */
    String description();

    /**
     * Runs every task, each as its own unit of work, so that one trial that keeps failing is
     * reported failed while the others complete. Returns one outcome per task, in task order;
     * {@code onDone} hears each outcome as it arrives.
     */
    List<TrialOutcome> runAll(List<? extends TrialTask> tasks, Consumer<TrialOutcome> onDone);

    /**
     * Runs one data-parallel round: every piece of work as one task of a single job, all at once.
     * Returns the results in shard order, whatever order the tasks finished in.
     */
    List<ShardResult> runShards(List<? extends ShardWork> work);

    @Override
    void close();
}
