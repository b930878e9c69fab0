package org.spiking4j.api.backend;

/** Whether a backend can run here, and if not, one sentence saying why and what to install. */
public record Availability(boolean available, String reason) {

    public static Availability yes(String detail) {
        return new Availability(true, detail);
    }

    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
