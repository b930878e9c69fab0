package org.spiking4j.runtime.training;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop training at the next batch boundary (SIGINT/SIGTERM), and the trainer's answer
 * that it has written its checkpoint, so the signal handler can wait for it.
 */
public final class StopSignal {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    public void request() {
        requested.set(true);
    }

    public boolean isRequested() {
        return requested.get();
    }

    /** Called just before training starts: from now on a stop request is answered with a checkpoint. */
    public void trainingStarted() {
        started.set(true);
    }

    /** True once training has started (and perhaps already finished). */
    public boolean isStarted() {
        return started.get();
    }

    /** True once the trainer has stopped or finished (or failed). */
    public boolean isAcknowledged() {
        return finished.getCount() == 0;
    }

    /** Called by the trainer (or whoever ran it) when it has stopped (checkpoint written) or finished. */
    public void acknowledge() {
        finished.countDown();
    }

    /** Waits until the trainer has acknowledged, at most the given time; true if it did. */
    public boolean awaitAcknowledgement(long timeout, TimeUnit unit) {
        try {
            return finished.await(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
