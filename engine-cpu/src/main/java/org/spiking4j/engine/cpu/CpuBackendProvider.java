package org.spiking4j.engine.cpu;

import org.spiking4j.api.backend.Availability;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.backend.BackendProvider;
import org.spiking4j.engine.cpu.simulation.CpuCircuitCompiler;
import org.spiking4j.engine.cpu.simulation.CpuKernelCatalog;

/** ServiceLoader entry of the CPU backend; always available. */
public final class CpuBackendProvider implements BackendProvider {
    private static final int PRIORITY = 10;

    @Override
    public String id() {
        return CpuBackend.ID;
    }

    @Override
    public String description() {
        return "Reference CPU engine: event-driven kernels, multi-threaded, bit-reproducible.";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Availability availability() {
        return Availability.yes(Runtime.getRuntime().availableProcessors() + " cores");
    }

    @Override
    public boolean isAccelerator() {
        return false;
    }

    @Override
    public Backend create(BackendContext context) {
        return new CpuBackend(new CpuCircuitCompiler(new CpuKernelCatalog(context)));
    }
}
