package org.spiking4j.engine.gpu.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.spiking4j.api.Spiking4jException;

/**
 * One OpenCL C file: its name (used in build logs via {@code #line}) and text.
 *
 * @param fileName the file name the build log and error messages show
 * @param text the OpenCL C source
 */
public record KernelSource(String fileName, String text) {
    /** Where the engine's own kernel files live on the class path. */
    public static final String BUILTIN_FOLDER = "/org/spiking4j/engine/gpu/kernels/";

    /** One of the engine's own kernel files, e.g. {@code slif.cl}. */
    public static KernelSource builtin(String fileName) {
        return resource(KernelSource.class, BUILTIN_FOLDER + fileName);
    }

    /** A kernel file on the class path of {@code anchor} (a plugin passes one of its own classes). */
    public static KernelSource resource(Class<?> anchor, String absolutePath) {
        try (InputStream in = anchor.getResourceAsStream(absolutePath)) {
            if (in == null) {
                throw new Spiking4jException("The OpenCL kernel file " + absolutePath + " is missing from the jar of "
                        + anchor.getName() + "; the installation is incomplete, reinstall it.");
            }
            String name = absolutePath.substring(absolutePath.lastIndexOf('/') + 1);
            return new KernelSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read the OpenCL kernel file " + absolutePath + ": " + e.getMessage());
        }
    }
}
