package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.PlannedProjection;
import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;

/**
 * A projection's weights (pre, post) row-major on the device and, when plastic, the update of the
 * current step (same shape), plus the populations and the signal it connects.
 *
 * @param plan name, sizes, delay, scale, bounds and rule
 * @param signal the signal of its rule, or null for a fixed projection
 * @param delta this step's update, written by the rule and read by the optimiser; null when fixed
 */
public record DeviceProjection(ProjectionPlan plan, DevicePopulation pre, DevicePopulation post, DeviceSignal signal,
        DeviceBuffer weights, DeviceBuffer delta) implements PlannedProjection {

    /** The pre spikes this projection reads: the previous step's with delay 1, this step's with 0. */
    public DeviceSpikes.Lists preLists() {
        return plan.delay() == 0 ? pre.spikes().now() : pre.spikes().previous();
    }
}
