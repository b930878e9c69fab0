package org.spiking4j.runtime.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;

/** Reads a sweep file strictly: unknown keys and values of the wrong type name their line. */
public final class SweepFileReader {
    private static final String KEYS = "A sweep file has the keys circuit, seeds, grid or settings, trainLimit, "
            + "epochs, dataset, data, backend and checkpointEvery (see configs/sweeps/).";
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    public SweepFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Spiking4jException("The sweep file " + file + " does not exist; examples are in configs/sweeps/.", e);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read the sweep file " + file + " (" + e.getMessage() + ").", e);
        }
        try {
            SweepFile sweep = mapper.readValue(text, SweepFile.class);
            if (sweep == null || sweep.circuit() == null) {
                throw new Spiking4jException("The sweep file " + file + " names no base circuit; add for example "
                        + "'circuit: ../csdp-quick.yaml' (relative to the sweep file).");
            }
            return sweep;
        } catch (UnrecognizedPropertyException e) {
            throw new Spiking4jException(file + ": unknown key '" + e.getPropertyName() + "'. " + KEYS, e);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            String problem = e.getOriginalMessage().lines().findFirst().orElse("").trim();
            throw new Spiking4jException(file + position + ": " + problem + ". " + KEYS, e);
        }
    }
}
