package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.plan.SignalPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;

/** A signal's device values (rows, size) and the populations it reads (target may be null). */
public record DeviceSignal(SignalPlan plan, DevicePopulation population, DevicePopulation target,
        DeviceBuffer values) {

    public String name() {
        return plan.name();
    }
}
