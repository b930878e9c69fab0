package org.spiking4j.runtime.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short python3 scripts, for tests that check files against NumPy itself. */
final class PythonNumpy {

    private static final long TIMEOUT_SECONDS = 60;

    private PythonNumpy() {
    }

    /** Whether python3 with numpy can be run here. */
    static boolean available() {
        try {
            return run("import numpy").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String script, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output);
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "interrupted");
        }
    }
}
