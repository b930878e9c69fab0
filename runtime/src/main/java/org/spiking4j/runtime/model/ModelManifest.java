package org.spiking4j.runtime.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;

/**
 * The manifest.json files of a model directory: each checkpoint folder's (with fingerprints) and the
 * directory's own, which additionally names the current checkpoint folder. Parsing checks format and
 * version and turns every JSON problem into a sentence, never the parser's own text.
 */
final class ModelManifest {
    static final String SHA256 = "sha256";
    /** In the directory's manifest: the current checkpoint folder, relative to the directory. */
    static final String CHECKPOINT = "checkpoint";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelManifest() {
    }

    /** What every manifest says about a checkpoint: format, circuit, sizes, progress. */
    static ObjectNode describe(Checkpoint checkpoint) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", ModelFormat.NAME);
        manifest.put("formatVersion", ModelFormat.VERSION);
        manifest.put("circuit", checkpoint.circuit().name());
        ObjectNode sizes = manifest.putObject("populations");
        checkpoint.circuit().populations().forEach((name, spec) -> sizes.put(name, spec.size()));
        manifest.put("epochsCompleted", checkpoint.progress().epoch());
        manifest.put("batchesIntoEpoch", checkpoint.progress().batch());
        return manifest;
    }

    static byte[] encode(ObjectNode manifest) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot encode the manifest: " + e.getMessage());
        }
    }

    /** Parses and checks a manifest; a missing file is the caller's to explain. */
    static JsonNode read(Path path) {
        JsonNode manifest;
        try {
            manifest = JSON.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new Damaged(path + " is not valid JSON" + position + "; the model directory is damaged.");
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read " + path + " (" + e.getClass().getSimpleName()
                    + "); check its permissions.");
        }
        if (manifest == null || !manifest.isObject()) {
            throw new Damaged(path + " is empty or not a JSON object; the model directory is damaged.");
        }
        if (!ModelFormat.NAME.equals(manifest.path("format").asText())) {
            throw new Spiking4jException(path + " does not describe a spiking4j model (format is '"
                    + manifest.path("format").asText() + "', expected '" + ModelFormat.NAME + "').");
        }
        int version = manifest.path("formatVersion").asInt(-1);
        if (version > ModelFormat.VERSION) {
            throw new Spiking4jException(path.getParent() + " was written by a newer spiking4j (model format "
                    + version + "; this version reads up to " + ModelFormat.VERSION + "). Upgrade spiking4j to load it.");
        }
        if (version < 1) {
            throw new Spiking4jException(path + " has no valid formatVersion; the model directory is damaged.");
        }
        return manifest;
    }

    /** A manifest that cannot be parsed at all (truncated, overwritten): the directory may fall back. */
    static final class Damaged extends Spiking4jException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }
}
