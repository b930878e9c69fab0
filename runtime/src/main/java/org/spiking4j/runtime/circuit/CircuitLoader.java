package org.spiking4j.runtime.circuit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a circuit file into a {@link CircuitDescription}, strictly: unknown keys, duplicate keys
 * and values of the wrong type are errors, never guessed at ({@code size: 1.5} is not 1, and
 * {@code steps: "50"} is text, not a number). Every failure is a {@link Spiking4jException} whose
 * message names the file, line and column. Components and cross references are checked by
 * {@link CircuitValidator}.
 */
public final class CircuitLoader {
    private static final String EMPTY_ADVICE = "A circuit needs at least apiVersion, name, time, populations, "
            + "projections and protocol; start from one of the files in configs/.";

    private final YAMLMapper mapper = strictMapper();

    /** Reads and maps a circuit file. */
    public CircuitDescription load(Path file) {
        return loadWithLocations(file).circuit();
    }

    /** Maps YAML text; {@code sourceName} is what messages call it (usually the file name). */
    public CircuitDescription parse(String yamlText, String sourceName) {
        return parseWithLocations(yamlText, sourceName).circuit();
    }

    /** Like {@link #load}, keeping the positions of the values for the validator's messages. */
    public ParsedCircuit loadWithLocations(Path file) {
        return parseWithLocations(readText(file), file.toString());
    }

    /** Like {@link #parse}, keeping the positions of the values for the validator's messages. */
    public ParsedCircuit parseWithLocations(String yamlText, String sourceName) {
        YamlLocations locations = locate(yamlText, sourceName);
        if (!locations.hasDocument()) {
            throw new Spiking4jException(sourceName + " is empty. " + EMPTY_ADVICE);
        }
        locations.duplicateKeys().stream().findFirst().ifPresent(duplicate -> {
            throw new Spiking4jException(new CircuitProblem(duplicate.position(), "the key '"
                    + duplicate.path().get(duplicate.path().size() - 1) + "' is written twice in "
                    + YamlLocations.dotted(duplicate.path().subList(0, duplicate.path().size() - 1))
                    + " (first at " + duplicate.firstPosition() + "); keep only one of them.")
                    .describe(sourceName));
        });
        UnsupportedYaml.find(yamlText).ifPresent(problem -> {
            throw new Spiking4jException(problem.describe(sourceName));
        });
        CircuitDescription circuit;
        try {
            circuit = mapper.readValue(yamlText, CircuitDescription.class);
        } catch (JsonProcessingException e) {
            throw new Spiking4jException(ReadErrorMessages.describe(e, locations).describe(sourceName), e);
        }
        if (circuit == null) {
            // A document that is only "~" or "null" maps to no circuit at all.
            throw new Spiking4jException(sourceName + " holds only an empty value. " + EMPTY_ADVICE);
        }
        return new ParsedCircuit(circuit, locations, sourceName);
    }

    private static YamlLocations locate(String yamlText, String sourceName) {
        try {
            return YamlLocations.of(yamlText);
        } catch (MarkedYAMLException e) {
            throw new Spiking4jException(ReadErrorMessages.syntaxError(e).describe(sourceName), e);
        } catch (YAMLException e) {
            throw new Spiking4jException(sourceName + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new Spiking4jException(file + " is a folder; give the path of a circuit file (.yaml) instead.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Spiking4jException("The circuit file " + file + " does not exist. Check the path; "
                    + "ready circuits are in the configs/ folder.", e);
        } catch (CharacterCodingException e) {
            throw new Spiking4jException("The circuit file " + file + " is not UTF-8 text; save it as UTF-8.", e);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read the circuit file " + file + " (" + e.getMessage()
                    + "); check that it exists and is readable.", e);
        }
    }

    private static YAMLMapper strictMapper() {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // YAML 1.2: yes/no/on/off are words, so "hollow: yes" is an error rather than a silent true.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
        // Text is never a number or a boolean, and a fraction is never a whole number; whole numbers
        // stay welcome where fractions are expected (dt: 3 means 3.0).
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
