package org.spiking4j.engine.gpu.device;

import org.spiking4j.api.Spiking4jException;

/**
 * Turns OpenCL failures into one-paragraph messages that name the device and say what to do.
 * One instance per device, so that every message can name it and the memory it has.
 */
public final class OpenClErrors {
    /** The Debian packages that give a working OpenCL on any x86 machine (the CPU driver). */
    public static final String INSTALL_HINT = "on Debian: apt-get install ocl-icd-libopencl1 pocl-opencl-icd for the "
            + "CPU, or your GPU vendor's driver";
    /** What {@code availability()} says when the OpenCL loader library is missing. */
    public static final String NO_LOADER = "The OpenCL loader libOpenCL.so.1 is not installed: install it and an "
            + "OpenCL driver (" + INSTALL_HINT + ").";
    /** What {@code availability()} says when the loader finds no driver. */
    public static final String NO_PLATFORM = "No OpenCL platform found: install an OpenCL driver (" + INSTALL_HINT
            + ").";

    private final DeviceInfo device;
    private final ResourceLedger ledger;

    OpenClErrors(DeviceInfo device, ResourceLedger ledger) {
        this.device = device;
        this.ledger = ledger;
    }

    /** Throws a translated exception unless {@code code} is CL_SUCCESS. */
    void check(int code, String action) {
        if (code != ClStatus.SUCCESS) {
            throw failure(code, action);
        }
    }

    Spiking4jException failure(int code, String action) {
        if (ClStatus.isOutOfMemory(code)) {
            return outOfMemory(action, ClStatus.name(code));
        }
        return new Spiking4jException("OpenCL call failed on device '" + device.name() + "' while " + action + ": "
                + ClStatus.name(code) + ". Update the device's driver, or run with --backend cpu.");
    }

    /** The message for a device that cannot hold what the circuit needs. */
    public Spiking4jException outOfMemory(String action, String cause) {
        return new Spiking4jException("Device " + device.name() + " ran out of memory while " + action + " ("
                + cause + "; " + DeviceInfo.mebibytes(ledger.liveBytes()) + " in use by spiking4j, the device has "
                + DeviceInfo.mebibytes(device.globalMemoryBytes()) + ", at most "
                + DeviceInfo.mebibytes(device.maxAllocationBytes()) + " per buffer). Lower the batch size or the "
                + "hidden sizes, or run with --backend cpu.");
    }

    /** The message for kernel files that do not compile on this device. */
    Spiking4jException buildFailure(String files, String log) {
        return new Spiking4jException("The OpenCL kernel file(s) " + files + " failed to build on device '"
                + device.name() + "' (" + device.platform() + "). Build log:\n" + log.strip()
                + "\nIf the file belongs to a plugin, fix or update the plugin; otherwise report this log, and "
                + "run with --backend cpu meanwhile.");
    }
}
