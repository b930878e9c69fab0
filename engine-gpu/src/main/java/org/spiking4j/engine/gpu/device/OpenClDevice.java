package org.spiking4j.engine.gpu.device;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.CL_QUEUE_PROFILING_ENABLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_program;
import org.spiking4j.api.backend.PhaseCommands;
import org.spiking4j.api.engine.ProfilePhases;

/**
 * An open OpenCL device: one context and one in-order command queue, plus every buffer, program
 * and kernel made on it. The in-order queue is what makes a step's kernels see each other's
 * results without explicit events. {@link #close()} releases everything, so a closed simulation
 * leaves no device memory behind. Opened to profile, the queue records timestamps and every command
 * carries an event for the {@link CommandProfiler}; otherwise commands carry none.
 */
public final class OpenClDevice implements AutoCloseable {
    /**
     * Build options: OpenCL C 1.2 and nothing that relaxes float semantics (no -cl-mad-enable, no
     * -cl-fast-relaxed-math), so kernels round like the CPU engine's Java code.
     */
    static final String BASE_BUILD_OPTIONS = "-cl-std=CL1.2";
    /** Makes float division and sqrt correctly rounded, as Java's are (OpenCL allows 2.5–3 ulp otherwise). */
    static final String CORRECT_DIVIDE_SQRT = " -cl-fp32-correctly-rounded-divide-sqrt";
    /** Lets kernels evaluate exp in double and round once, as Java's (float) Math.exp(x) does. */
    static final String FP64_DEFINE = " -DSPIKING4J_FP64=1";
    /** Tells kernels with local arrays the work-group width they are launched with. */
    static final String GROUP_WIDTH_DEFINE = " -DSPIKING4J_GROUP_WIDTH=";
    /** Work-group width of every launch (rounded down to what the device allows). */
    static final int GROUP_WIDTH = 64;

    private final DeviceInfo info;
    private final ResourceLedger ledger;
    private final OpenClErrors errors;
    private final cl_device_id device;
    private final int groupWidth;
    private final Set<DeviceBuffer> buffers = new LinkedHashSet<>();
    private final Map<String, cl_program> programs = new LinkedHashMap<>();
    private final Map<String, DeviceKernel> kernels = new LinkedHashMap<>();
    private final List<cl_kernel> kernelHandles = new ArrayList<>();
    private final CommandProfiler profiler;
    private cl_context context;
    private cl_command_queue queue;
    private long liveBytes;

    private OpenClDevice(DeviceCandidate candidate, ResourceLedger ledger, boolean profile) {
        this.info = candidate.info();
        this.ledger = ledger;
        this.errors = new OpenClErrors(info, ledger);
        this.device = candidate.device();
        this.groupWidth = (int) Math.max(1, Math.min(GROUP_WIDTH, info.maxWorkGroupSize()));
        this.profiler = profile ? new CommandProfiler(this, ledger, ProfilePhases.BATCH_SETUP) : null;
    }

    /** Opens a context and queue on the device; every object made is counted in {@code ledger}. */
    public static OpenClDevice open(DeviceCandidate candidate, ResourceLedger ledger) {
        return open(candidate, ledger, false);
    }

    /**
     * Opens a context and queue on the device, the queue recording per-command timestamps when
     * {@code profile} is set; every object made is counted in {@code ledger}.
     */
    public static OpenClDevice open(DeviceCandidate candidate, ResourceLedger ledger, boolean profile) {
        OpenClDevice opened = new OpenClDevice(candidate, ledger, profile);
        try {
            opened.create(candidate);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void create(DeviceCandidate candidate) {
        cl_context_properties properties = new cl_context_properties();
        properties.addProperty(CL_CONTEXT_PLATFORM, candidate.platform());
        int[] status = new int[1];
        context = CL.clCreateContext(properties, 1, new cl_device_id[] {device}, null, null, status);
        check(status[0], "creating a context");
        ledger.created();
        queue = CL.clCreateCommandQueue(context, device, profiler == null ? 0 : CL_QUEUE_PROFILING_ENABLE, status);
        check(status[0], "creating a command queue");
        ledger.created();
    }

    public DeviceInfo info() {
        return info;
    }

    public OpenClErrors errors() {
        return errors;
    }

    /** Bytes of device memory this device's open buffers hold. */
    public long liveBytes() {
        return liveBytes;
    }

    cl_command_queue queue() {
        return queue;
    }

    /** Whether commands carry profiling events. */
    public boolean profiling() {
        return profiler != null;
    }

    /** The phase the next commands are attributed to (transfers excepted); ignored when not profiling. */
    public void profilePhase(String phase) {
        if (profiler != null) {
            profiler.phase(phase);
        }
    }

    /** Device seconds per phase since {@link #resetProfile()}; empty when not profiling. */
    public Map<String, Double> profileSeconds() {
        return profiler == null ? Map.of() : profiler.seconds();
    }

    /** Commands and launch waits per phase; empty when not profiling. */
    public Map<String, PhaseCommands> profileCommands() {
        return profiler == null ? Map.of() : profiler.commands();
    }

    /** Forgets what was profiled so far (after compilation's uploads). */
    public void resetProfile() {
        if (profiler != null) {
            profiler.reset();
        }
    }

    /** The event the next command should fill in, or null (no event) when not profiling. */
    cl_event commandEvent() {
        return profiler == null ? null : profiler.event();
    }

    /** Hands a successfully enqueued command's event (null when not profiling) to the profiler. */
    void enqueued(cl_event event) {
        if (event != null) {
            profiler.enqueued(event, null);
        }
    }

    /** As {@link #enqueued}, for a host ↔ device copy, which has a phase of its own. */
    void transferred(cl_event event) {
        if (event != null) {
            profiler.enqueued(event, ProfilePhases.TRANSFERS);
        }
    }

    void check(int status, String action) {
        errors.check(status, action);
    }

    /**
     * Allocates a buffer, failing early with the out-of-memory message when it cannot fit (drivers
     * often allocate lazily and would fail later, at the first kernel that touches it).
     */
    public DeviceBuffer allocate(String label, long bytes) {
        long size = Math.max(bytes, Integer.BYTES);
        String action = "allocating " + label + " (" + DeviceInfo.mebibytes(size) + ")";
        if (size > info.maxAllocationBytes()) {
            throw errors.outOfMemory(action, "larger than the largest buffer the device allows");
        }
        if (liveBytes + size > info.globalMemoryBytes()) {
            throw errors.outOfMemory(action, "more than the device's global memory");
        }
        int[] status = new int[1];
        org.jocl.cl_mem memory = CL.clCreateBuffer(context, CL_MEM_READ_WRITE, size, null, status);
        check(status[0], action);
        DeviceBuffer buffer = new DeviceBuffer(this, label, size, memory);
        buffers.add(buffer);
        liveBytes += size;
        ledger.allocated(size);
        return buffer;
    }

    void forget(DeviceBuffer buffer) {
        if (buffers.remove(buffer)) {
            liveBytes -= buffer.bytes();
            ledger.released(buffer.bytes());
        }
    }

    /** A kernel function of the program built from {@code source} (built once per device). */
    public DeviceKernel kernel(ProgramSource source, String functionName) {
        String key = source.key() + "::" + functionName;
        DeviceKernel existing = kernels.get(key);
        if (existing != null) {
            return existing;
        }
        cl_program program = program(source);
        int[] status = new int[1];
        cl_kernel handle = CL.clCreateKernel(program, functionName, status);
        check(status[0], "creating kernel " + functionName + " from " + source.names());
        ledger.created();
        kernelHandles.add(handle);
        DeviceKernel kernel = new DeviceKernel(this, handle, functionName, source.names());
        kernels.put(key, kernel);
        return kernel;
    }

    private cl_program program(ProgramSource source) {
        cl_program existing = programs.get(source.key());
        if (existing != null) {
            return existing;
        }
        int[] status = new int[1];
        cl_program program = CL.clCreateProgramWithSource(context, 1, new String[] {source.text()}, null, status);
        check(status[0], "loading the kernel file(s) " + source.names());
        ledger.created();
        programs.put(source.key(), program);
        int built = CL.clBuildProgram(program, 1, new cl_device_id[] {device}, buildOptions(), null, null);
        if (built == ClStatus.BUILD_PROGRAM_FAILURE) {
            throw errors.buildFailure(source.names(), buildLog(program));
        }
        check(built, "building the kernel file(s) " + source.names());
        return program;
    }

    String buildOptions() {
        return BASE_BUILD_OPTIONS + (info.correctlyRoundedDivideSqrt() ? CORRECT_DIVIDE_SQRT : "")
                + (info.fp64() ? FP64_DEFINE : "") + GROUP_WIDTH_DEFINE + groupWidth;
    }

    private String buildLog(cl_program program) {
        long[] size = new long[1];
        CL.clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] log = new byte[(int) Math.max(1, size[0])];
        CL.clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
        String text = DeviceProbe.cString(log);
        return text.isBlank() ? "(the driver gave no log)" : text;
    }

    /** A launch over {@code width} items (rounded up to whole work groups). */
    public WorkRange range(int width) {
        return WorkRange.of(groupWidth, width);
    }

    /** A launch over {@code width × height} items, e.g. (units, rows). */
    public WorkRange range(int width, int height) {
        return WorkRange.of(groupWidth, width, height);
    }

    /**
     * One work group per row, for kernels that walk a row together ({@code SPIKING4J_GROUP_WIDTH}
     * lanes, local arrays of that size).
     */
    public WorkRange groupPerRow(int rows) {
        return WorkRange.of(groupWidth, groupWidth, rows);
    }

    /** Waits until every enqueued command has run, turning an asynchronous failure into a message. */
    public void finish() {
        check(CL.clFinish(queue), "finishing the queued kernels");
    }

    @Override
    public void close() {
        if (queue != null) {
            CL.clFinish(queue);
        }
        if (profiler != null) {
            profiler.release();
        }
        for (cl_kernel handle : kernelHandles) {
            CL.clReleaseKernel(handle);
            ledger.destroyed();
        }
        kernelHandles.clear();
        kernels.clear();
        for (cl_program program : programs.values()) {
            CL.clReleaseProgram(program);
            ledger.destroyed();
        }
        programs.clear();
        for (DeviceBuffer buffer : new ArrayList<>(buffers)) {
            buffer.close();
        }
        if (queue != null) {
            CL.clReleaseCommandQueue(queue);
            ledger.destroyed();
            queue = null;
        }
        if (context != null) {
            CL.clReleaseContext(context);
            ledger.destroyed();
            context = null;
        }
    }

    @Override
    public String toString() {
        return info.describe();
    }
}
