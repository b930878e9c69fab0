package org.spiking4j.engine.gpu;

import java.util.function.Supplier;
import org.spiking4j.api.backend.Availability;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.backend.BackendProvider;
import org.spiking4j.engine.gpu.device.DeviceProbe;
import org.spiking4j.engine.gpu.device.DeviceSelection;
import org.spiking4j.engine.gpu.simulation.OpenClKernelCatalog;

/**
 * ServiceLoader entry of the OpenCL backend. Creating it touches nothing; the first question about
 * availability probes the OpenCL platforms once (a missing libOpenCL or driver becomes an
 * "unavailable" answer with what to install). It counts as an accelerator, and outranks the CPU
 * for {@code auto}, only when a GPU is present: PoCL's CPU device is for tests, not for speed.
 */
public final class OpenClBackendProvider implements BackendProvider {
    static final int GPU_PRIORITY = 20;
    /** Below the CPU engine's priority (10), so {@code auto} never picks OpenCL on a CPU-only driver. */
    static final int NO_GPU_PRIORITY = 5;

    private final Supplier<DeviceProbe.Outcome> probe;
    private DeviceProbe.Outcome outcome;

    public OpenClBackendProvider() {
        this(new DeviceProbe()::probe);
    }

    /** @param probe lists the devices; called at most once, on the first question */
    OpenClBackendProvider(Supplier<DeviceProbe.Outcome> probe) {
        this.probe = probe;
    }

    @Override
    public String id() {
        return OpenClBackend.ID;
    }

    @Override
    public String description() {
        return "OpenCL engine (JOCL): every built-in component as an OpenCL kernel, state resident on the device.";
    }

    @Override
    public int priority() {
        return isAccelerator() ? GPU_PRIORITY : NO_GPU_PRIORITY;
    }

    @Override
    public Availability availability() {
        return devices().availability();
    }

    @Override
    public boolean isAccelerator() {
        return devices().hasGpu();
    }

    @Override
    public OpenClBackend create(BackendContext context) {
        return new OpenClBackend(new OpenClKernelCatalog(context), devices(), DeviceSelection.fromEnvironment());
    }

    private synchronized DeviceProbe.Outcome devices() {
        if (outcome == null) {
            outcome = probe.get();
        }
        return outcome;
    }
}
