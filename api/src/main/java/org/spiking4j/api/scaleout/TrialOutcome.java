package org.spiking4j.api.scaleout;

import java.io.Serializable;

/**
 * How one trial ended: its metrics if it finished, else why it failed; where it ran and how many
 * attempts it took ({@code executor} is the engine's worker name, "driver" in an embedded run).
 */
public record TrialOutcome(String trialId, TrialStatus status, TrialMetrics metrics, String failure, String executor,
        int attempts) implements Serializable {

    public static TrialOutcome finished(String trialId, TrialMetrics metrics, String executor, int attempts) {
        return new TrialOutcome(trialId, TrialStatus.FINISHED, metrics, null, executor, attempts);
    }

    public static TrialOutcome failed(String trialId, String failure, String executor, int attempts) {
        return new TrialOutcome(trialId, TrialStatus.FAILED, null, failure, executor, attempts);
    }

    /** A trial whose folder already held its finished model: not run again. */
    public static TrialOutcome earlier(String trialId, TrialMetrics metrics) {
        return new TrialOutcome(trialId, TrialStatus.FINISHED_EARLIER, metrics, null, "", 0);
    }

    public boolean succeeded() {
        return status != TrialStatus.FAILED;
    }
}
