package org.spiking4j.engine.gpu.device;

import java.util.Map;

/** Names of the OpenCL status codes a user may meet, so that messages say more than a number. */
final class ClStatus {
    static final int SUCCESS = 0;
    static final int DEVICE_NOT_FOUND = -1;
    static final int DEVICE_NOT_AVAILABLE = -2;
    static final int MEM_OBJECT_ALLOCATION_FAILURE = -4;
    static final int OUT_OF_RESOURCES = -5;
    static final int OUT_OF_HOST_MEMORY = -6;
    static final int BUILD_PROGRAM_FAILURE = -11;
    static final int INVALID_BUFFER_SIZE = -61;
    static final int PLATFORM_NOT_FOUND_KHR = -1001;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(SUCCESS, "CL_SUCCESS"),
            Map.entry(DEVICE_NOT_FOUND, "CL_DEVICE_NOT_FOUND"),
            Map.entry(DEVICE_NOT_AVAILABLE, "CL_DEVICE_NOT_AVAILABLE"),
            Map.entry(-3, "CL_COMPILER_NOT_AVAILABLE"),
            Map.entry(MEM_OBJECT_ALLOCATION_FAILURE, "CL_MEM_OBJECT_ALLOCATION_FAILURE"),
            Map.entry(OUT_OF_RESOURCES, "CL_OUT_OF_RESOURCES"),
            Map.entry(OUT_OF_HOST_MEMORY, "CL_OUT_OF_HOST_MEMORY"),
            Map.entry(BUILD_PROGRAM_FAILURE, "CL_BUILD_PROGRAM_FAILURE"),
            Map.entry(-30, "CL_INVALID_VALUE"),
            Map.entry(-33, "CL_INVALID_DEVICE"),
            Map.entry(-34, "CL_INVALID_CONTEXT"),
            Map.entry(-36, "CL_INVALID_COMMAND_QUEUE"),
            Map.entry(-38, "CL_INVALID_MEM_OBJECT"),
            Map.entry(-43, "CL_INVALID_BUILD_OPTIONS"),
            Map.entry(-44, "CL_INVALID_PROGRAM"),
            Map.entry(-45, "CL_INVALID_PROGRAM_EXECUTABLE"),
            Map.entry(-46, "CL_INVALID_KERNEL_NAME"),
            Map.entry(-48, "CL_INVALID_KERNEL"),
            Map.entry(-49, "CL_INVALID_ARG_INDEX"),
            Map.entry(-50, "CL_INVALID_ARG_VALUE"),
            Map.entry(-51, "CL_INVALID_ARG_SIZE"),
            Map.entry(-52, "CL_INVALID_KERNEL_ARGS"),
            Map.entry(-53, "CL_INVALID_WORK_DIMENSION"),
            Map.entry(-54, "CL_INVALID_WORK_GROUP_SIZE"),
            Map.entry(-55, "CL_INVALID_WORK_ITEM_SIZE"),
            Map.entry(-63, "CL_INVALID_GLOBAL_WORK_SIZE"),
            Map.entry(INVALID_BUFFER_SIZE, "CL_INVALID_BUFFER_SIZE"),
            Map.entry(PLATFORM_NOT_FOUND_KHR, "CL_PLATFORM_NOT_FOUND_KHR"));

    private ClStatus() {
    }

    static String name(int code) {
        return NAMES.getOrDefault(code, "OpenCL status " + code);
    }

    /** Codes with which drivers report that device (or pinned host) memory ran out. */
    static boolean isOutOfMemory(int code) {
        return code == MEM_OBJECT_ALLOCATION_FAILURE || code == OUT_OF_RESOURCES || code == OUT_OF_HOST_MEMORY
                || code == INVALID_BUFFER_SIZE;
    }
}
