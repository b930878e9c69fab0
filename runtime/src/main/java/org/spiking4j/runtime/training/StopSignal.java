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
    private final CountDownLatch finished = new CountDownLatch(1);

    public void request() {
        requested.set(true);
    }

    public boolean isRequested() {
        return requested.get();
    }

    /** Called by the trainer when it has stopped (checkpoint written) or finished. */
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
