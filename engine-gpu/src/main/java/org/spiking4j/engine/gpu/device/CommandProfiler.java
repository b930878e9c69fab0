package org.spiking4j.engine.gpu.device;

import static org.jocl.CL.CL_PROFILING_COMMAND_END;
import static org.jocl.CL.CL_PROFILING_COMMAND_QUEUED;
import static org.jocl.CL.CL_PROFILING_COMMAND_START;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_event;
import org.spiking4j.api.backend.PhaseCommands;

/**
 * Where a profiling device's time goes: every enqueued command carries an event, attributed to the
 * phase that was current when it was enqueued (transfers always to their own phase). Events are read
 * (QUEUED, START, END) and released in bulk, once {@value #EVENTS_PER_DRAIN} are pending or
 * when the totals are asked for, so at most that many are alive and the queue is not synchronised per
 * command. Only a device opened to profile has one; otherwise commands carry no event at all.
 */
final class CommandProfiler {
    /** Pending events before they are read and released: bounds the live events, not the result. */
    static final int EVENTS_PER_DRAIN = 4096;
    private static final double NANOS_PER_SECOND = 1e9;

    private final OpenClDevice device;
    private final ResourceLedger ledger;
    private final List<cl_event> pending = new ArrayList<>();
    private final List<PhaseTotals> pendingPhases = new ArrayList<>();
    private final Map<String, PhaseTotals> totals = new LinkedHashMap<>();
    private final long[] timestamp = new long[1];
    private PhaseTotals current;
    /** The latest end of a command read so far (the queue is in order), or -1 before the first. */
    private long previousEnd = -1;

    CommandProfiler(OpenClDevice device, ResourceLedger ledger, String firstPhase) {
        this.device = device;
        this.ledger = ledger;
        this.current = totals(firstPhase);
    }

    void phase(String name) {
        current = totals(name);
    }

    /** A fresh event for the next command; pass it to {@link #enqueued} once the enqueue succeeded. */
    cl_event event() {
        return new cl_event();
    }

    void enqueued(cl_event event, String phaseOverride) {
        ledger.eventCreated();
        pending.add(event);
        pendingPhases.add(phaseOverride == null ? current : totals(phaseOverride));
        if (pending.size() >= EVENTS_PER_DRAIN) {
            drain();
        }
    }

    /** Device seconds (START to END) per phase, in the order phases first appeared. */
    Map<String, Double> seconds() {
        drain();
        Map<String, Double> seconds = new LinkedHashMap<>();
        totals.forEach((name, phase) -> {
            if (phase.commands > 0) {
                seconds.put(name, phase.runNanos / NANOS_PER_SECOND);
            }
        });
        return seconds;
    }

    Map<String, PhaseCommands> commands() {
        drain();
        Map<String, PhaseCommands> commands = new LinkedHashMap<>();
        totals.forEach((name, phase) -> {
            if (phase.commands > 0) {
                commands.put(name, new PhaseCommands(phase.commands, phase.idleBeforeNanos / NANOS_PER_SECOND,
                        phase.queuedToStartNanos / NANOS_PER_SECOND));
            }
        });
        return commands;
    }

    /** Forgets what was measured so far (e.g. the uploads of compilation). */
    void reset() {
        drain();
        totals.values().forEach(PhaseTotals::clear);
    }

    /** Waits for the pending commands, adds their timestamps to their phases and releases their events. */
    void drain() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            device.check(CL.clWaitForEvents(pending.size(), pending.toArray(new cl_event[0])),
                    "waiting for the profiled commands");
            for (int index = 0; index < pending.size(); index++) {
                cl_event event = pending.get(index);
                long queued = read(event, CL_PROFILING_COMMAND_QUEUED);
                long started = read(event, CL_PROFILING_COMMAND_START);
                long ended = read(event, CL_PROFILING_COMMAND_END);
                long idle = previousEnd < 0 ? 0 : Math.max(0, started - previousEnd);
                previousEnd = Math.max(previousEnd, ended);
                pendingPhases.get(index).add(queued, started, ended, idle);
            }
        } finally {
            release();
        }
    }

    /** Releases the pending events without reading them (when the device closes). */
    void release() {
        for (cl_event event : pending) {
            CL.clReleaseEvent(event);
            ledger.destroyed();
        }
        pending.clear();
        pendingPhases.clear();
    }

    private long read(cl_event event, int what) {
        device.check(CL.clGetEventProfilingInfo(event, what, Sizeof.cl_ulong, Pointer.to(timestamp), null),
                "reading a command's profiling timestamps");
        return timestamp[0];
    }

    private PhaseTotals totals(String name) {
        return totals.computeIfAbsent(name, key -> new PhaseTotals());
    }

    /** Sums over one phase's commands, in device-clock nanoseconds. */
    private static final class PhaseTotals {
        private long commands;
        private long runNanos;
        private long idleBeforeNanos;
        private long queuedToStartNanos;

        void add(long queued, long started, long ended, long idleBefore) {
            commands++;
            runNanos += ended - started;
            idleBeforeNanos += idleBefore;
            queuedToStartNanos += started - queued;
        }

        void clear() {
            commands = 0;
            runNanos = 0;
            idleBeforeNanos = 0;
            queuedToStartNanos = 0;
        }
    }
}
