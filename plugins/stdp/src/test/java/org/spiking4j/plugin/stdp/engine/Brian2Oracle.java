package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * Runs the repository's {@code scripts/brian2/stdp_circuit.py} (Debian's python3-brian, Brian2
 * 2.5.1, through /usr/bin/python3) on a spec and inputs the test wrote. Skips with the reason when
 * Brian2 is missing, unless REQUIRE_BRIAN2=1 (CI), where a missing Brian2 fails.
 */
final class Brian2Oracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_MINUTES = 10;

    private Brian2Oracle() {
    }

    static void assumeAvailable() {
        String problem = problem();
        if (problem == null) {
            return;
        }
        if ("1".equals(System.getenv("REQUIRE_BRIAN2"))) {
            fail("REQUIRE_BRIAN2=1 but " + problem);
        }
        Assumptions.assumeTrue(false, "Skipped: " + problem + " (install python3-brian; CI sets REQUIRE_BRIAN2=1)");
    }

    private static String problem() {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " is missing";
        }
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import brian2").redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? null : "Brian2 does not import: " + output.strip();
        } catch (IOException e) {
            return "cannot start " + PYTHON + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The script, found from the test's working directory (the module folder) up to the project root. */
    static Path script(String name) {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            Path candidate = folder.resolve("scripts").resolve("brian2").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("scripts/brian2/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    static Map<String, NdArray> run(String scriptName, Path folder, String specJson, Map<String, NdArray> inputs)
            throws IOException, InterruptedException {
        Path spec = folder.resolve("spec.json");
        Path input = folder.resolve("input.npz");
        Path output = folder.resolve(scriptName.replace(".py", "") + "-output.npz");
        Files.writeString(spec, specJson);
        NpzArchive.write(input, inputs);
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script(scriptName).toString(),
                spec.toString(), input.toString(), output.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(scriptName + " did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        assertEquals(0, process.exitValue(), scriptName + " failed:\n" + log);
        return NpzArchive.read(output);
    }
}
