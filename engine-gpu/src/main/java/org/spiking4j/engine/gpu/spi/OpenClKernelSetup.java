package org.spiking4j.engine.gpu.spi;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.gpu.device.OpenClDevice;

/**
 * What an OpenCL kernel gets when it is created: the resolved circuit (every parameter present),
 * the batch context, the largest batch it will see, and the device on which it allocates its
 * buffers and builds its kernel files ({@link OpenClDevice#kernel}).
 */
public record OpenClKernelSetup(CircuitDescription circuit, OpenClBatchContext batch, int capacityRows,
        OpenClDevice device) {

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
