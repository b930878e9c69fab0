package org.spiking4j.runtime.plugin;

/**
 * The parent of every plugin class loader: it lets through the JDK, the spiking4j api, the
 * engines' spi packages and the OpenCL device types that spi exposes, and hides everything else of
 * the application (its libraries and internals), so plugins cannot come to depend on them.
 */
final class ApiOnlyClassLoader extends ClassLoader {
    private static final String[] VISIBLE_PREFIXES = {"org.spiking4j.api."};
    private static final String ENGINE_PREFIX = "org.spiking4j.engine.";
    private static final String SPI_SEGMENT = ".spi.";
    /**
     * The OpenCL engine's device types, which its spi hands to plugin kernels (OpenClDevice,
     * DeviceBuffer, DeviceKernel, KernelSource, ProgramSource): a plugin folder could not use the spi
     * without them.
     */
    private static final String OPENCL_DEVICE_PACKAGE = "org.spiking4j.engine.gpu.device.";

    private final ClassLoader application;

    ApiOnlyClassLoader(ClassLoader application) {
        super(ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isVisible(name)) {
            return application.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    static boolean isVisible(String className) {
        for (String prefix : VISIBLE_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return className.startsWith(OPENCL_DEVICE_PACKAGE)
                || className.startsWith(ENGINE_PREFIX) && className.contains(SPI_SEGMENT);
    }
}
