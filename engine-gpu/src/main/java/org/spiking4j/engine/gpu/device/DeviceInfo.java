package org.spiking4j.engine.gpu.device;

import java.util.Locale;

/**
 * What the engine needs to know about an OpenCL device.
 *
 * @param name the device's name as the driver reports it
 * @param platform the platform (driver) name
 * @param gpu whether the driver reports the device as a GPU
 * @param globalMemoryBytes CL_DEVICE_GLOBAL_MEM_SIZE
 * @param maxAllocationBytes CL_DEVICE_MAX_MEM_ALLOC_SIZE, the largest single buffer
 * @param correctlyRoundedDivideSqrt whether {@code -cl-fp32-correctly-rounded-divide-sqrt} is supported,
 *     which makes float division and square root round like Java's
 * @param fp64 whether the device has cl_khr_fp64 (used to compute exp like Java's Math.exp)
 * @param maxWorkGroupSize CL_DEVICE_MAX_WORK_GROUP_SIZE
 */
public record DeviceInfo(String name, String platform, boolean gpu, long globalMemoryBytes, long maxAllocationBytes,
        boolean correctlyRoundedDivideSqrt, boolean fp64, long maxWorkGroupSize) {

    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    /** One line such as "NVIDIA H100 (GPU, 81559 MiB, NVIDIA CUDA)". */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s, %.0f MiB, %s)", name, gpu ? "GPU" : "CPU/other",
                globalMemoryBytes / BYTES_PER_MIB, platform);
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / BYTES_PER_MIB);
    }
}
