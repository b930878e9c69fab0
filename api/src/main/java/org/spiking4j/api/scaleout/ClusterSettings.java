package org.spiking4j.api.scaleout;

import java.time.Duration;
import java.util.Map;

/**
 * Where and how trials run.
 *
 * @param master          the engine's master URL, or null for the embedded default
 * @param threadsPerTrial the cores one trial occupies (it trains with that many threads)
 * @param maxAttempts     how often a failing trial is tried before it is marked failed
 * @param connectTimeout  how long to wait for a remote master before giving up with a message
 * @param properties      engine properties given by the user; they win over every default
 */
public record ClusterSettings(String master, int threadsPerTrial, int maxAttempts, Duration connectTimeout,
        Map<String, String> properties) {

    public ClusterSettings {
        if (threadsPerTrial < 1) {
            throw new IllegalArgumentException("threadsPerTrial must be at least 1, got " + threadsPerTrial);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        properties = Map.copyOf(properties);
    }
}
