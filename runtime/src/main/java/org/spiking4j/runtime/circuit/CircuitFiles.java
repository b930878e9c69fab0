package org.spiking4j.runtime.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Circuit files in and out: {@link #read} loads and validates (it fills in no defaults; that is
 * {@link CircuitResolver}'s job), {@link #write} produces YAML that {@link #read} accepts again.
 */
public final class CircuitFiles {
    private final CircuitLoader loader = new CircuitLoader();
    private final YAMLMapper writer = plainWriter();

    /** Loads the file and checks it against the registry's components; every problem names a line. */
    public CircuitDescription read(Path file, PluginRegistry registry) {
        ParsedCircuit parsed = loader.loadWithLocations(file);
        new CircuitValidator(registry).validate(parsed);
        return parsed.circuit();
    }

    /** The circuit as YAML, keys in the documented order, without quotes where YAML needs none. */
    public String write(CircuitDescription circuit) {
        try {
            return writer.writeValueAsString(circuit);
        } catch (JsonProcessingException e) {
            throw new Spiking4jException("Cannot write circuit '" + circuit.name() + "' as YAML: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Writes the YAML so that a reader, or a crash halfway, sees the old file or the whole new one. */
    public void writeAtomically(CircuitDescription circuit, Path file) {
        byte[] yaml = write(circuit).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(yaml));
    }

    private static YAMLMapper plainWriter() {
        YAMLMapper mapper = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // Text that looks like a number (a population called "1") must stay text when read back.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                // Only record components are keys: helpers such as ProjectionSpec.isHollow() would
                // otherwise be written as "hollow: false" where the circuit left hollow out.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build();
        // The records leave absent params as empty maps; "params: {}" on every line is noise.
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.ALWAYS);
        mapper.configOverride(Map.class).setIncludeAsProperty(nonEmpty);
        return mapper;
    }
}
