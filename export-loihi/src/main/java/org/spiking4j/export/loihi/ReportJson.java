package org.spiking4j.export.loihi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.spiking4j.runtime.io.AtomicFileWriter;

/** Writes the export report as pretty-printed JSON. */
final class ReportJson {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    String toJson(ExportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The export report cannot be encoded as JSON.", e);
        }
    }

    void write(Path target, ExportReport report) {
        byte[] bytes = toJson(report).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }
}
