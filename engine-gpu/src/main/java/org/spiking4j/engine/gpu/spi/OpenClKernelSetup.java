package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.api.plan.CircuitPlan;

/**
 * What an OpenCL kernel gets when it is created: the circuit's plan (every parameter resolved, the
 * batch capacity), the batch context on the host, its per-row contrast on the device (float, rows;
 * uploaded once per batch), and the device on which it allocates its buffers and builds its kernel
 * files ({@link OpenClDevice#kernel}).
 */
public record OpenClKernelSetup(CircuitPlan plan, BatchContext batch, DeviceBuffer rowContrast, OpenClDevice device) {
}
