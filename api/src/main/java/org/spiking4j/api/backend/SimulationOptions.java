package org.spiking4j.api.backend;

/**
 * How a backend should run a compiled circuit: worker threads (0: all cores), kernels, and whether
 * to measure where the time goes (engines whose measurement costs something, such as the OpenCL
 * engine's per-command events, measure only when asked; the CPU engine's clock is always on).
 */
public record SimulationOptions(int threads, KernelChoice kernels, boolean profile) {

    public SimulationOptions(int threads, KernelChoice kernels) {
        this(threads, kernels, false);
    }

    public static SimulationOptions defaults() {
        return new SimulationOptions(0, KernelChoice.AUTO);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The same options with profiling on or off. */
    public SimulationOptions withProfile(boolean on) {
        return new SimulationOptions(threads, kernels, on);
    }
}
