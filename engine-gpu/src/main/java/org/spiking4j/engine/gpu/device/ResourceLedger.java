package org.spiking4j.engine.gpu.device;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the OpenCL objects and buffer bytes that are alive, across every device opened by one
 * backend, so that a test (or a long-running service) can see that closing a simulation gives all
 * of its device memory back. Thread-safe: simulations of one backend may be closed from any thread.
 */
public final class ResourceLedger {
    private final AtomicLong liveBytes = new AtomicLong();
    private final AtomicLong peakBytes = new AtomicLong();
    private final AtomicInteger liveBuffers = new AtomicInteger();
    private final AtomicInteger liveObjects = new AtomicInteger();
    private final AtomicLong eventsCreated = new AtomicLong();

    void allocated(long bytes) {
        liveBuffers.incrementAndGet();
        long now = liveBytes.addAndGet(bytes);
        peakBytes.accumulateAndGet(now, Math::max);
    }

    void released(long bytes) {
        liveBuffers.decrementAndGet();
        liveBytes.addAndGet(-bytes);
    }

    /** A context, queue, program or kernel was created. */
    void created() {
        liveObjects.incrementAndGet();
    }

    /** A context, queue, program or kernel was released. */
    void destroyed() {
        liveObjects.decrementAndGet();
    }

    /** A profiling event was attached to a command (it is alive until its timestamps are read). */
    void eventCreated() {
        eventsCreated.incrementAndGet();
        liveObjects.incrementAndGet();
    }

    public long liveBytes() {
        return liveBytes.get();
    }

    public long peakBytes() {
        return peakBytes.get();
    }

    public int liveBuffers() {
        return liveBuffers.get();
    }

    /** Live contexts, queues, programs, kernels and profiling events. */
    public int liveObjects() {
        return liveObjects.get();
    }

    /** Profiling events created so far (none unless a simulation was compiled to profile). */
    public long eventsCreated() {
        return eventsCreated.get();
    }
}
