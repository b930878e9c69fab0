package org.spiking4j.engine.gpu.device;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_event;
import org.jocl.cl_kernel;

/**
 * One kernel function of a built program. Arguments are given with each launch (OpenCL copies them
 * at enqueue time), so one kernel object serves every population or projection that uses it.
 */
public final class DeviceKernel {
    private final OpenClDevice device;
    private final cl_kernel kernel;
    private final String name;
    private final String file;

    DeviceKernel(OpenClDevice device, cl_kernel kernel, String name, String file) {
        this.device = device;
        this.kernel = kernel;
        this.name = name;
        this.file = file;
    }

    public String name() {
        return name;
    }

    /**
     * Enqueues the kernel over {@code range} with these arguments, in order: {@link DeviceBuffer},
     * {@link Integer} (int), {@link Float} (float), {@link Long} (long), {@link Double} (double, for
     * devices with cl_khr_fp64).
     */
    public void launch(WorkRange range, Object... arguments) {
        for (int index = 0; index < arguments.length; index++) {
            setArgument(index, arguments[index]);
        }
        cl_event event = device.commandEvent();
        device.check(CL.clEnqueueNDRangeKernel(device.queue(), kernel, range.dimensions(), null, range.global(),
                range.local(), 0, null, event), "running kernel " + name + " (" + file + ")");
        device.enqueued(event);
    }

    private void setArgument(int index, Object argument) {
        int status;
        if (argument instanceof DeviceBuffer buffer) {
            status = CL.clSetKernelArg(kernel, index, Sizeof.cl_mem, Pointer.to(buffer.memory()));
        } else if (argument instanceof Integer value) {
            status = CL.clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {value}));
        } else if (argument instanceof Float value) {
            status = CL.clSetKernelArg(kernel, index, Sizeof.cl_float, Pointer.to(new float[] {value}));
        } else if (argument instanceof Long value) {
            status = CL.clSetKernelArg(kernel, index, Sizeof.cl_long, Pointer.to(new long[] {value}));
        } else if (argument instanceof Double value) {
            status = CL.clSetKernelArg(kernel, index, Sizeof.cl_double, Pointer.to(new double[] {value}));
        } else {
            throw new IllegalArgumentException("Kernel " + name + " argument " + index + " has unsupported type "
                    + (argument == null ? "null" : argument.getClass().getName()));
        }
        device.check(status, "setting argument " + index + " of kernel " + name + " (" + file + ")");
    }
}
