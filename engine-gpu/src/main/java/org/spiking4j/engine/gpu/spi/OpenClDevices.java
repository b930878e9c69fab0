package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.device.DeviceProbe;
import org.spiking4j.engine.gpu.device.DeviceSelection;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ResourceLedger;

/**
 * Opens the device the OpenCL backend would run on, for a plugin with its own step driver (an
 * online protocol) rather than kernels inside the engine's batch simulation. The same choice as the
 * backend: the first GPU, else the first device, unless {@link DeviceSelection#PROPERTY} or
 * {@link DeviceSelection#ENVIRONMENT} names one; no driver gives the backend's one-sentence reason.
 */
public final class OpenClDevices {

    private OpenClDevices() {
    }

    /** The chosen device, opened; the caller closes it. */
    public static OpenClDevice open() {
        DeviceProbe.Outcome devices = new DeviceProbe().probe();
        if (!devices.availability().available()) {
            throw new Spiking4jException(devices.availability().reason());
        }
        return OpenClDevice.open(DeviceSelection.fromEnvironment().choose(devices.devices()), new ResourceLedger());
    }
}
