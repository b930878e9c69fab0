package org.spiking4j.engine.gpu;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.engine.gpu.device.DeviceCandidate;
import org.spiking4j.engine.gpu.device.DeviceProbe;
import org.spiking4j.engine.gpu.device.DeviceSelection;
import org.spiking4j.engine.gpu.simulation.OpenClKernelCatalog;

/**
 * The device tests run on: skipped when no OpenCL platform is present, unless the environment sets
 * {@value #REQUIRE_ENVIRONMENT}=1 (CI with PoCL), where a missing driver fails the build instead.
 */
public final class OpenClTestDevices {
    public static final String REQUIRE_ENVIRONMENT = "REQUIRE_OPENCL";

    private OpenClTestDevices() {
    }

    public static DeviceProbe.Outcome requireDevices() {
        DeviceProbe.Outcome outcome = new DeviceProbe().probe();
        if (!outcome.availability().available()) {
            String reason = outcome.availability().reason();
            if ("1".equals(System.getenv(REQUIRE_ENVIRONMENT))) {
                fail(REQUIRE_ENVIRONMENT + "=1 but OpenCL is unavailable: " + reason);
            }
            Assumptions.abort("OpenCL tests skipped: " + reason);
        }
        return outcome;
    }

    public static DeviceCandidate requireDevice() {
        return DeviceSelection.fromEnvironment().choose(requireDevices().devices());
    }

    /** A backend that sees only this engine's kernels (no runtime registry needed). */
    public static OpenClBackend requireBackend() {
        return new OpenClBackend(new OpenClKernelCatalog(new PluginContext()), requireDevices(),
                DeviceSelection.fromEnvironment());
    }

    private static final class PluginContext implements BackendContext {
        private final OpenClEnginePlugin plugin = new OpenClEnginePlugin();

        @Override
        public <K> List<K> kernels(Class<K> kernelType) {
            return plugin.kernels(kernelType);
        }

        @Override
        public <D extends ComponentDescriptor> D descriptor(Class<D> type, String id) {
            return null;
        }
    }
}
