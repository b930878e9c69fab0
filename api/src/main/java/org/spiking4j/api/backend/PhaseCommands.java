package org.spiking4j.api.backend;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a device engine enqueued in one profile phase: how many commands, and how long they waited
 * between being queued and starting on the device (host-side launch cost plus waiting behind
 * earlier commands of the in-order queue), from the driver's event timestamps.
 */
public record PhaseCommands(
        @JsonProperty("commands") long commands,
        @JsonProperty("queued_to_submit_seconds") double queuedToSubmitSeconds,
        @JsonProperty("submit_to_start_seconds") double submitToStartSeconds) {
}
