package org.spiking4j.testkit.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a python3 that has NumPy and h5py (Debian's python3-numpy and python3-h5py) and runs
 * scripts with it. With REQUIRE_H5PY=1 (CI, after .ci/run installs them) a missing interpreter
 * fails the test; otherwise the test is skipped.
 */
public final class Python {
    private static final long TIMEOUT_SECONDS = 120;
    /** SPIKING4J_PYTHON first, then python3 on the path, then Debian's own (a pyenv shim may lack h5py). */
    private static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");

    public record Result(int exitCode, String output) {
    }

    private Python() {
    }

    /** The interpreter to use, or a skipped (or, with REQUIRE_H5PY=1, failed) test. */
    public static String requireH5py() {
        Optional<String> found = find();
        if (found.isEmpty()) {
            String message = "No python3 with numpy and h5py (apt-get install python3-numpy python3-h5py).";
            if ("1".equals(System.getenv("REQUIRE_H5PY"))) {
                fail(message + " REQUIRE_H5PY=1, so this is a failure.");
            }
            Assumptions.assumeTrue(false, message);
        }
        return found.get();
    }

    static Optional<String> find() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("SPIKING4J_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(CANDIDATES);
        for (String candidate : candidates) {
            try {
                if (run(candidate, List.of("-c", "import numpy, h5py")).exitCode() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // Not installed under this name; try the next.
            }
        }
        return Optional.empty();
    }

    public static Result run(String interpreter, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(interpreter);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "interrupted");
        }
    }
}
