package org.spiking4j.engine.cpu.spi;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * What a kernel gets when it is created: the resolved circuit (every parameter present), the
 * batch context, the largest batch it will see and the number of workers (for per-worker scratch).
 */
public record CpuKernelSetup(CircuitDescription circuit, BatchContext batch, int capacityRows, int workers) {

    public long seed() {
        return circuit.seed() == null ? 0L : circuit.seed();
    }

    public double dt() {
        return circuit.time().dt();
    }

    /** A parameter that the runtime's resolution step has filled in. */
    public static double parameter(Map<String, Double> params, String name, String owner) {
        Double value = params.get(name);
        if (value == null) {
            throw new Spiking4jException("Parameter '" + name + "' of " + owner
                    + " has no value; resolve the circuit (defaults filled in) before compiling it.");
        }
        return value;
    }
}
