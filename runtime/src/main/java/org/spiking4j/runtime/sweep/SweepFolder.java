package org.spiking4j.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.AtomicFileWriter;

/**
 * A sweep's output folder: {@code sweep.json} (which sweep it holds), {@code trials/<id>/} (one
 * model directory per trial) and the summary. A rerun of the same sweep continues in it; a folder
 * of another sweep, or one that is no sweep's, is refused so that nothing in it is overwritten.
 */
public final class SweepFolder {
    public static final String MARKER = "sweep.json";
    static final String FORMAT = "spiking4j-sweep";
    private static final String TRIALS = "trials";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    private SweepFolder(Path folder) {
        this.folder = folder;
    }

    /** Opens the folder for the plan: creates it, or checks that it holds this very sweep. */
    public static SweepFolder open(Path folder, SweepPlan plan) {
        Path marker = folder.resolve(MARKER);
        try {
            if (Files.exists(marker)) {
                JsonNode recorded = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
                if (!FORMAT.equals(recorded.path("format").asText())
                        || !plan.fingerprint().equals(recorded.path("fingerprint").asText())) {
                    throw new Spiking4jException(folder + " holds the results of another sweep ("
                            + recorded.path("sweep").asText("unknown file") + ", " + recorded.path("trials").size()
                            + " trials), not of " + plan.sweepFile() + " as it is now; choose another --out, or "
                            + "move that folder away to start afresh.");
                }
            } else {
                if (Files.isRegularFile(folder)) {
                    throw new Spiking4jException(folder + " is a file; --out needs a folder for the sweep.");
                }
                if (Files.isDirectory(folder) && !isEmpty(folder)) {
                    throw new Spiking4jException(folder + " already holds files but no " + MARKER + ", so it is not "
                            + "the folder of a sweep; choose another --out (an empty or new folder).");
                }
                Files.createDirectories(folder.resolve(TRIALS));
                ObjectNode record = JSON.createObjectNode().put("format", FORMAT).put("version", 1)
                        .put("sweep", plan.sweepFile().toString()).put("fingerprint", plan.fingerprint());
                plan.trials().forEach(trial -> record.withArray("trials").add(trial.id()));
                byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(record);
                AtomicFileWriter.write(marker, out -> out.write(bytes));
            }
        } catch (IOException e) {
            throw new Spiking4jException("Cannot prepare the sweep folder " + folder + ": " + e.getMessage()
                    + "; check that it can be written.", e);
        }
        return new SweepFolder(folder);
    }

    public Path path() {
        return folder;
    }

    public Path trialFolder(String trialId) {
        return folder.resolve(TRIALS).resolve(trialId);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
