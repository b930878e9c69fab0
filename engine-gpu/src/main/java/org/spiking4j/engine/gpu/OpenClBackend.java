package org.spiking4j.engine.gpu;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.gpu.device.DeviceProbe;
import org.spiking4j.engine.gpu.device.DeviceSelection;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.simulation.OpenClCircuitCompiler;
import org.spiking4j.engine.gpu.simulation.OpenClKernelCatalog;
import org.spiking4j.engine.gpu.simulation.OpenClSimulation;

/**
 * The OpenCL backend: every component runs as an OpenCL kernel on one device, state resident there.
 * Each compiled simulation opens its own context and gives all of it back when closed; the
 * {@link #ledger()} counts what is alive across them.
 */
public final class OpenClBackend implements Backend {
    public static final String ID = "opencl";

    private final OpenClKernelCatalog catalog;
    private final DeviceProbe.Outcome devices;
    private final DeviceSelection selection;
    private final ResourceLedger ledger = new ResourceLedger();

    public OpenClBackend(OpenClKernelCatalog catalog, DeviceProbe.Outcome devices, DeviceSelection selection) {
        this.catalog = catalog;
        this.devices = devices;
        this.selection = selection;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Live OpenCL objects and device bytes of this backend's open simulations. */
    public ResourceLedger ledger() {
        return ledger;
    }

    @Override
    public OpenClSimulation compile(CircuitDescription circuit, SimulationOptions options) {
        if (!devices.availability().available()) {
            throw new Spiking4jException(devices.availability().reason());
        }
        return new OpenClCircuitCompiler(catalog, selection.choose(devices.devices()), ledger).compile(circuit,
                options);
    }
}
