package org.spiking4j.runtime.plugin;

/** A plugin folder that could not be loaded, and why; the other plugins load without it. */
public record PluginFailure(String folder, String reason) {
}
