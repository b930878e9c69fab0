package org.spiking4j.engine.gpu.device;

import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/** A device found by {@link DeviceProbe}, with the handles needed to open it. */
public record DeviceCandidate(cl_platform_id platform, cl_device_id device, DeviceInfo info) {
}
