package org.spiking4j.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.runtime.model.ModelFormat;

/** The report's bad inputs, each refused with one sentence that says what to do. */
public final class ReportChecks {

    private ReportChecks() {
    }

    /** Before the model is read: the learning curves need metrics.jsonl. */
    public static void requireMetrics(Path modelFolder) {
        if (Files.isDirectory(modelFolder) && Files.isRegularFile(modelFolder.resolve(ModelFormat.MANIFEST))
                && !Files.isRegularFile(modelFolder.resolve(ModelFormat.METRICS))) {
            throw new Spiking4jException(modelFolder + " has no " + ModelFormat.METRICS + ", so it is an early or "
                    + "incomplete checkpoint without learning curves; finish at least one epoch with "
                    + "'spiking4j train --resume " + modelFolder + "', or give a model directory that train completed.");
        }
    }

    public static void requireSamples(int samples) {
        if (samples < 1) {
            throw new Spiking4jException("--samples must be at least 1 (it is how many test images' rate codes are "
                    + "embedded; default " + ReportOptions.DEFAULT_SAMPLES + "), not " + samples + ".");
        }
    }

    public static void requireHiddenPopulation(CircuitDescription circuit, Path modelFolder) {
        if (circuit.populationWithRole(PopulationRole.HIDDEN) == null) {
            throw new Spiking4jException("Circuit '" + circuit.name() + "' in " + modelFolder + " has no hidden "
                    + "population (its populations are " + circuit.populations().keySet() + "), so there are no "
                    + "receptive fields or rate codes to report; the report needs a circuit with a hidden layer.");
        }
    }

    /** The report folder must be new, empty, or replaced on purpose. */
    public static void requireWritableOutput(Path output, boolean force) {
        if (Files.exists(output) && !force && !isEmptyFolder(output)) {
            throw new Spiking4jException("The report folder " + output + " already exists; give --force to replace "
                    + "the report in it, or choose another --out.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new Spiking4jException(output + " is a file, not a folder; choose another --out for the report.");
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
