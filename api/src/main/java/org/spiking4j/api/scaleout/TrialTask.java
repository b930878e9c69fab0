package org.spiking4j.api.scaleout;

import java.io.Serializable;

/**
 * One trial of a sweep as a unit of remote work: serialised to a worker, run there, and answered
 * with a small result. It must be safe to run again after a failed attempt (it resumes from its
 * own checkpoint), because a scale-out engine retries failed work.
 */
public interface TrialTask extends Serializable {

    /** The trial's name, unique within its sweep; also the name of its folder. */
    String trialId();

    /** Trains and evaluates the trial; a {@code Spiking4jException} means bad input and is not retried. */
    TrialMetrics run();
}
