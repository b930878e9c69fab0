package org.spiking4j.api.backend;

/** How a backend should run a compiled circuit: worker threads (0: all cores) and kernels. */
public record SimulationOptions(int threads, KernelChoice kernels) {

    public static SimulationOptions defaults() {
        return new SimulationOptions(0, KernelChoice.AUTO);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
