package org.spiking4j.api.scaleout;

/** The end state of a trial in a sweep's summary. */
public enum TrialStatus {
    /** Trained and evaluated in this run. */
    FINISHED,
    /** Its folder held the finished model from an earlier run of the same sweep. */
    FINISHED_EARLIER,
    /** Kept failing after every attempt the engine allows; the outcome says why. */
    FAILED
}
