package org.spiking4j.api.scaleout;

/**
 * A distributed engine that runs trials, found by {@link java.util.ServiceLoader} only when a
 * command needs it, so that single-machine commands never load the engine's classes.
 */
public interface ScaleOut {

    /** A short name for messages, such as "spark". */
    String id();

    /**
     * Connects to the master named in the settings (or starts an embedded one). A master that
     * cannot be reached is a {@code Spiking4jException} within the settings' connect timeout.
     */
    TrialCluster connect(ClusterSettings settings);
}
