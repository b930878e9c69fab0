package org.spiking4j.api.backend;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a device engine enqueued in one profile phase, from the driver's event timestamps: how many
 * commands; how long the device sat idle before them (from the previous command's end to their
 * start: launch cost and host work the device waited for, the figure that says a run is launch-bound);
 * and how long they waited between being queued and starting (mostly behind earlier commands of the
 * in-order queue, since the host enqueues ahead).
 */
public record PhaseCommands(
        @JsonProperty("commands") long commands,
        @JsonProperty("idle_before_seconds") double idleBeforeSeconds,
        @JsonProperty("queued_to_start_seconds") double queuedToStartSeconds) {
}
