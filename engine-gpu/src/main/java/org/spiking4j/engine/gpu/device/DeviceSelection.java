package org.spiking4j.engine.gpu.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spiking4j.api.Spiking4jException;

/**
 * Picks the device a simulation runs on: the first GPU, else the first device, unless the user
 * names one (system property {@value #PROPERTY} or environment variable {@value #ENVIRONMENT}, a
 * case-insensitive part of the device name).
 */
public final class DeviceSelection {
    public static final String PROPERTY = "spiking4j.opencl.device";
    public static final String ENVIRONMENT = "SPIKING4J_OPENCL_DEVICE";

    private final String wanted;

    public DeviceSelection(String wanted) {
        this.wanted = wanted == null || wanted.isBlank() ? null : wanted.trim();
    }

    /** The user's choice from the system property, else the environment, else none. */
    public static DeviceSelection fromEnvironment() {
        String property = System.getProperty(PROPERTY);
        return new DeviceSelection(property != null ? property : System.getenv(ENVIRONMENT));
    }

    /** @param devices GPUs first, as {@link DeviceProbe} lists them; not empty */
    public DeviceCandidate choose(List<DeviceCandidate> devices) {
        if (wanted == null) {
            return devices.get(0);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (DeviceCandidate candidate : devices) {
            if (candidate.info().name().toLowerCase(Locale.ROOT).contains(needle)) {
                return candidate;
            }
            names.add(candidate.info().name());
        }
        throw new Spiking4jException("No OpenCL device matches '" + wanted + "' (set by " + PROPERTY + " or "
                + ENVIRONMENT + "); the devices here are " + names + ".");
    }
}
