package org.spiking4j.engine.gpu.device;

import static org.jocl.CL.CL_TRUE;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_event;
import org.jocl.cl_mem;

/**
 * One buffer in device memory. Transfers are blocking (they read from or write into Java arrays,
 * which the garbage collector may move), and happen only at batch boundaries. Closing it releases
 * the memory; the owning {@link OpenClDevice} closes whatever is left when it closes.
 */
public final class DeviceBuffer implements AutoCloseable {
    private final OpenClDevice device;
    private final String label;
    private final long bytes;
    private cl_mem memory;

    DeviceBuffer(OpenClDevice device, String label, long bytes, cl_mem memory) {
        this.device = device;
        this.label = label;
        this.bytes = bytes;
        this.memory = memory;
    }

    public String label() {
        return label;
    }

    public long bytes() {
        return bytes;
    }

    cl_mem memory() {
        if (memory == null) {
            throw new IllegalStateException("Device buffer '" + label + "' was used after it was closed.");
        }
        return memory;
    }

    public void write(float[] values, int count) {
        transfer(true, Pointer.to(values), (long) count * Sizeof.cl_float, 0);
    }

    public void write(float[] values) {
        write(values, values.length);
    }

    public void write(int[] values) {
        transfer(true, Pointer.to(values), (long) values.length * Sizeof.cl_int, 0);
    }

    public void write(double[] values) {
        transfer(true, Pointer.to(values), (long) values.length * Sizeof.cl_double, 0);
    }

    public void write(long[] values) {
        transfer(true, Pointer.to(values), (long) values.length * Sizeof.cl_long, 0);
    }

    /** Reads {@code into.length} doubles (a device with cl_khr_fp64). */
    public void readDoubles(double[] into) {
        transfer(false, Pointer.to(into), (long) into.length * Sizeof.cl_double, 0);
    }

    public void readLongs(long[] into) {
        transfer(false, Pointer.to(into), (long) into.length * Sizeof.cl_long, 0);
    }

    public void readFloats(float[] into) {
        transfer(false, Pointer.to(into), (long) into.length * Sizeof.cl_float, 0);
    }

    public void write(byte[] values, int count, long byteOffset) {
        transfer(true, Pointer.to(values), count, byteOffset);
    }

    public float[] readFloats(int count) {
        float[] values = new float[count];
        transfer(false, Pointer.to(values), (long) count * Sizeof.cl_float, 0);
        return values;
    }

    public int[] readInts(int count) {
        int[] values = new int[count];
        transfer(false, Pointer.to(values), (long) count * Sizeof.cl_int, 0);
        return values;
    }

    /** Reads {@code count} bytes into {@code into} (no allocation; for per-step observers). */
    public void readBytes(byte[] into, int count) {
        transfer(false, Pointer.to(into), count, 0);
    }

    /** Enqueues setting the first {@code byteCount} bytes to zero. */
    public void clear(long byteCount) {
        if (byteCount <= 0) {
            return;
        }
        // A word-sized pattern where the size allows it: drivers fill words faster than bytes.
        int patternSize = byteCount % Integer.BYTES == 0 ? Integer.BYTES : 1;
        cl_event event = device.commandEvent();
        device.check(CL.clEnqueueFillBuffer(device.queue(), memory(), Pointer.to(new byte[patternSize]), patternSize,
                0, byteCount, 0, null, event), "clearing " + label);
        device.enqueued(event);
    }

    /** Enqueues copying {@code byteCount} bytes from {@code source} at {@code sourceOffset} to the start of this one. */
    public void copyFrom(DeviceBuffer source, long sourceOffset, long byteCount) {
        cl_event event = device.commandEvent();
        device.check(CL.clEnqueueCopyBuffer(device.queue(), source.memory(), memory(), sourceOffset, 0, byteCount, 0,
                null, event), "copying " + source.label + " to " + label);
        device.enqueued(event);
    }

    private void transfer(boolean write, Pointer host, long byteCount, long byteOffset) {
        if (byteCount == 0) {
            return;
        }
        if (byteOffset + byteCount > bytes) {
            throw new IllegalArgumentException("Transfer of " + byteCount + " bytes at " + byteOffset
                    + " overruns device buffer '" + label + "' of " + bytes + " bytes.");
        }
        cl_event event = device.commandEvent();
        int status = write
                ? CL.clEnqueueWriteBuffer(device.queue(), memory(), CL_TRUE, byteOffset, byteCount, host, 0, null, event)
                : CL.clEnqueueReadBuffer(device.queue(), memory(), CL_TRUE, byteOffset, byteCount, host, 0, null, event);
        device.check(status, (write ? "uploading " : "downloading ") + label);
        device.transferred(event);
    }

    @Override
    public void close() {
        if (memory != null) {
            CL.clReleaseMemObject(memory);
            memory = null;
            device.forget(this);
        }
    }
}
