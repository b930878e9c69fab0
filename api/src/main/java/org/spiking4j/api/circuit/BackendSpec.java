package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which backend runs the circuit ({@code cpu}, {@code opencl} or {@code auto}), with how many
 * threads, and which forward kernels ({@code auto}, {@code event} or {@code dense}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackendSpec(String id, Integer threads, String kernels) {
    public static final String AUTO = "auto";

    public String effectiveId() {
        return id == null ? AUTO : id;
    }

    public String effectiveKernels() {
        return kernels == null ? AUTO : kernels;
    }
}
