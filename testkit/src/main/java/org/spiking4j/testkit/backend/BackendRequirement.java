package org.spiking4j.testkit.backend;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.spiking4j.api.backend.BackendProvider;

/**
 * Skips a test when an optional backend (e.g. opencl) cannot run here, unless the environment
 * variable it names is set to 1: then a missing driver fails the test instead of silently skipping
 * it (CI sets REQUIRE_OPENCL=1 after installing PoCL).
 */
public final class BackendRequirement {
    public static final String REQUIRE_OPENCL = "REQUIRE_OPENCL";

    private BackendRequirement() {
    }

    public static void requireAvailable(BackendProvider provider, String requireVariable) {
        if (provider.availability().available()) {
            return;
        }
        String reason = provider.availability().reason();
        if ("1".equals(System.getenv(requireVariable))) {
            fail(requireVariable + "=1 but backend '" + provider.id() + "' is unavailable: " + reason);
        }
        Assumptions.abort("Backend '" + provider.id() + "' skipped: " + reason);
    }
}
