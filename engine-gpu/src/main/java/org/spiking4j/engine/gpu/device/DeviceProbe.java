package org.spiking4j.engine.gpu.device;

import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_SINGLE_FP_CONFIG;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT;
import static org.jocl.CL.CL_PLATFORM_NAME;

import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;
import org.spiking4j.api.backend.Availability;

/**
 * Lists the OpenCL devices of every platform. Never throws: a missing loader library, a loader
 * without drivers or a failing driver all become an {@link Outcome} that is unavailable with one
 * sentence saying what to install.
 */
public final class DeviceProbe {

    /** The devices found (GPUs first, in platform order), or why there are none. */
    public record Outcome(List<DeviceCandidate> devices, Availability availability) {

        public boolean hasGpu() {
            return devices.stream().anyMatch(candidate -> candidate.info().gpu());
        }
    }

    public Outcome probe() {
        if (!OpenClLoaderLookup.ofThisMachine().mayBePresent()) {
            return new Outcome(List.of(), Availability.no(OpenClErrors.NO_LOADER));
        }
        try {
            return listDevices();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            return new Outcome(List.of(), Availability.no(OpenClErrors.NO_LOADER));
        } catch (CLException e) {
            return new Outcome(List.of(), Availability.no(OpenClErrors.NO_PLATFORM));
        }
    }

    private static Outcome listDevices() {
        int[] count = new int[1];
        int status = CL.clGetPlatformIDs(0, null, count);
        if (status != ClStatus.SUCCESS || count[0] == 0) {
            return new Outcome(List.of(), Availability.no(OpenClErrors.NO_PLATFORM));
        }
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        CL.clGetPlatformIDs(platforms.length, platforms, null);
        List<DeviceCandidate> gpus = new ArrayList<>();
        List<DeviceCandidate> others = new ArrayList<>();
        List<String> platformNames = new ArrayList<>();
        for (cl_platform_id platform : platforms) {
            String platformName = platformString(platform, CL_PLATFORM_NAME);
            platformNames.add(platformName);
            int[] deviceCount = new int[1];
            if (CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, deviceCount) != ClStatus.SUCCESS) {
                continue;
            }
            cl_device_id[] devices = new cl_device_id[deviceCount[0]];
            CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, devices.length, devices, null);
            for (cl_device_id device : devices) {
                DeviceInfo info = describe(device, platformName);
                (info.gpu() ? gpus : others).add(new DeviceCandidate(platform, device, info));
            }
        }
        List<DeviceCandidate> all = new ArrayList<>(gpus);
        all.addAll(others);
        if (all.isEmpty()) {
            return new Outcome(List.of(), Availability.no("The OpenCL platform(s) " + platformNames
                    + " report no device: install a working OpenCL driver (" + OpenClErrors.INSTALL_HINT + ")."));
        }
        return new Outcome(List.copyOf(all), Availability.yes(all.get(0).info().describe()));
    }

    private static DeviceInfo describe(cl_device_id device, String platformName) {
        long type = deviceLong(device, CL_DEVICE_TYPE, Sizeof.cl_long);
        long singleConfig = deviceLong(device, CL_DEVICE_SINGLE_FP_CONFIG, Sizeof.cl_long);
        String extensions = deviceString(device, CL_DEVICE_EXTENSIONS);
        return new DeviceInfo(deviceString(device, CL_DEVICE_NAME).strip(), platformName.strip(),
                (type & CL_DEVICE_TYPE_GPU) != 0,
                deviceLong(device, CL_DEVICE_GLOBAL_MEM_SIZE, Sizeof.cl_long),
                deviceLong(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE, Sizeof.cl_long),
                (singleConfig & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) != 0,
                extensions.contains("cl_khr_fp64"),
                deviceLong(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, Sizeof.size_t));
    }

    private static long deviceLong(cl_device_id device, int parameter, int size) {
        long[] value = new long[1];
        CL.clGetDeviceInfo(device, parameter, size, Pointer.to(value), null);
        return value[0];
    }

    static String deviceString(cl_device_id device, int parameter) {
        long[] size = new long[1];
        CL.clGetDeviceInfo(device, parameter, 0, null, size);
        byte[] text = new byte[(int) size[0]];
        CL.clGetDeviceInfo(device, parameter, text.length, Pointer.to(text), null);
        return cString(text);
    }

    private static String platformString(cl_platform_id platform, int parameter) {
        long[] size = new long[1];
        CL.clGetPlatformInfo(platform, parameter, 0, null, size);
        byte[] text = new byte[(int) size[0]];
        CL.clGetPlatformInfo(platform, parameter, text.length, Pointer.to(text), null);
        return cString(text);
    }

    static String cString(byte[] text) {
        int length = 0;
        while (length < text.length && text[length] != 0) {
            length++;
        }
        return new String(text, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }
}
