package org.spiking4j.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Availability;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.engine.gpu.device.DeviceProbe;
import org.spiking4j.engine.gpu.device.DeviceSelection;
import org.spiking4j.engine.gpu.device.OpenClErrors;
import org.spiking4j.engine.gpu.simulation.OpenClKernelCatalog;

/** Without a driver the backend is unavailable with one sentence, and using it fails with that sentence. */
class OpenClBackendProviderTest {
    private static final DeviceProbe.Outcome NO_DRIVER = new DeviceProbe.Outcome(List.of(),
            Availability.no(OpenClErrors.NO_PLATFORM));

    @Test
    void withoutADriverItIsUnavailableWithWhatToInstall() {
        OpenClBackendProvider provider = new OpenClBackendProvider(() -> NO_DRIVER);
        assertEquals("opencl", provider.id());
        assertFalse(provider.availability().available());
        assertEquals("No OpenCL platform found: install an OpenCL driver (on Debian: apt-get install "
                + "ocl-icd-libopencl1 pocl-opencl-icd for the CPU, or your GPU vendor's driver).",
                provider.availability().reason());
        assertFalse(provider.isAccelerator());
        assertTrue(provider.priority() < 10, "auto must prefer the CPU engine when there is no GPU");
    }

    @Test
    void compilingWithoutADriverFailsWithTheSameSentence() {
        OpenClBackend backend = new OpenClBackend(new OpenClKernelCatalog(new EmptyContext()), NO_DRIVER,
                new DeviceSelection(null));
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> backend.compile(TestCircuits.csdp(8, 8, 2, 2), SimulationOptions.defaults()));
        assertEquals(OpenClErrors.NO_PLATFORM, error.getMessage());
    }

    @Test
    void probesOnlyOnceAndOnlyWhenAsked() {
        AtomicInteger probes = new AtomicInteger();
        OpenClBackendProvider provider = new OpenClBackendProvider(() -> {
            probes.incrementAndGet();
            return NO_DRIVER;
        });
        assertEquals(0, probes.get());
        provider.availability();
        provider.isAccelerator();
        provider.priority();
        assertEquals(1, probes.get());
    }

    @Test
    void aMissingModelKernelIsNamed() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        var circuit = TestCircuits.csdp(8, 8, 2, 2);
        var populations = new java.util.LinkedHashMap<>(circuit.populations());
        populations.put("z1", new org.spiking4j.api.circuit.PopulationSpec("izhikevich", 8, null, null, null));
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> backend.compile(circuit.withPopulations(populations), SimulationOptions.defaults()));
        assertTrue(error.getMessage().contains("neuron model 'izhikevich' (population z1)"), error.getMessage());
    }

    private static final class EmptyContext implements org.spiking4j.api.backend.BackendContext {
        @Override
        public <K> List<K> kernels(Class<K> kernelType) {
            return List.of();
        }

        @Override
        public <D extends org.spiking4j.api.component.ComponentDescriptor> D descriptor(Class<D> type, String id) {
            return null;
        }
    }
}
