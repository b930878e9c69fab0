package org.spiking4j.plugin.stdp.engine;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * Chooses the driver for the circuit's backend: {@code cpu} (and {@code auto}, since OpenCL on a
 * CPU driver is slower than the CPU driver) or {@code opencl}. The OpenCL classes are touched only
 * when opencl is chosen, so the plugin loads and runs where the OpenCL engine or a driver is missing.
 */
final class OnlineDrivers {
    static final String CPU = "cpu";
    static final String OPENCL = "opencl";

    private OnlineDrivers() {
    }

    static OnlineDriver open(OnlineCircuit circuit, CircuitDescription description) {
        BackendSpec backend = description.backend();
        String id = backend == null ? BackendSpec.AUTO : backend.effectiveId();
        if (CPU.equals(id) || BackendSpec.AUTO.equals(id)) {
            return new CpuOnlineDriver(circuit);
        }
        if (OPENCL.equals(id)) {
            return openCl(circuit);
        }
        throw new Spiking4jException("The unsupervised protocol runs on backend cpu or opencl; backend '" + id
                + "' has no driver for it. Use --backend cpu or --backend opencl.");
    }

    private static OnlineDriver openCl(OnlineCircuit circuit) {
        try {
            return OpenClOnlineCircuit.open(circuit);
        } catch (NoClassDefFoundError missing) {
            throw new Spiking4jException("--backend opencl runs the unsupervised protocol on the OpenCL engine "
                    + "(spiking4j-engine-gpu), which this installation does not provide (" + missing.getMessage()
                    + " is missing); use --backend cpu.");
        }
    }
}
