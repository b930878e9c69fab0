package org.spiking4j.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.Spiking4jException;

/**
 * The {@code format.json} entry of a circuit golden file (README, "Golden vectors for any circuit").
 *
 * @param producer who computed the expected values (e.g. "brian2 2.5.1", "spiking4j cpu")
 * @param presentations samples presented, one after another, state carried over
 * @param steps steps per presentation, rest included
 * @param learn whether plasticity is on during the presentations
 * @param input the population whose spikes are injected
 * @param recorded the populations whose spikes the file holds, in the order they are compared
 */
public record CircuitGoldenHeader(int version, String producer, int presentations, int steps, boolean learn,
        String input, List<String> recorded, GoldenTolerances tolerances) {
    public static final String FORMAT = "spiking4j-golden";
    public static final int VERSION = 1;

    public byte[] toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("format", FORMAT);
        json.put("version", version);
        json.put("producer", producer);
        json.put("presentations", presentations);
        json.put("steps", steps);
        json.put("learn", learn);
        json.put("input", input);
        recorded.forEach(json.putArray("recorded")::add);
        ObjectNode bounds = json.putObject("tolerances");
        bounds.put("weights", tolerances.weights());
        bounds.put("state", tolerances.state());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CircuitGoldenHeader parse(byte[] utf8Json, String source) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(new String(utf8Json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Spiking4jException(source + ": its format.json is not JSON (" + e.getMessage() + ").");
        }
        if (!FORMAT.equals(text(json, "format", source))) {
            throw new Spiking4jException(source + ": format.json names format '" + json.path("format").asText()
                    + "', not '" + FORMAT + "'.");
        }
        int version = number(json, "version", source).asInt();
        if (version > VERSION) {
            throw new Spiking4jException(source + " is a golden file of version " + version + "; this spiking4j "
                    + "reads version " + VERSION + " and older. Use a newer spiking4j.");
        }
        List<String> recorded = new ArrayList<>();
        JsonNode list = json.path("recorded");
        if (!list.isArray() || list.isEmpty()) {
            throw new Spiking4jException(source + ": format.json needs 'recorded', the list of populations whose "
                    + "spikes the file holds.");
        }
        list.forEach(name -> recorded.add(name.asText()));
        JsonNode bounds = json.path("tolerances");
        GoldenTolerances tolerances = new GoldenTolerances(
                bounds.path("weights").asDouble(GoldenTolerances.WEIGHT_TOLERANCE),
                bounds.path("state").asDouble(GoldenTolerances.STATE_TOLERANCE));
        return new CircuitGoldenHeader(version, json.path("producer").asText("unknown"),
                number(json, "presentations", source).asInt(), number(json, "steps", source).asInt(),
                json.path("learn").asBoolean(true), text(json, "input", source), List.copyOf(recorded), tolerances);
    }

    private static String text(JsonNode json, String key, String source) {
        JsonNode value = json.get(key);
        if (value == null || !value.isTextual()) {
            throw new Spiking4jException(source + ": format.json needs the text entry '" + key + "'.");
        }
        return value.asText();
    }

    private static JsonNode number(JsonNode json, String key, String source) {
        JsonNode value = json.get(key);
        if (value == null || !value.isNumber()) {
            throw new Spiking4jException(source + ": format.json needs the number entry '" + key + "'.");
        }
        return value;
    }
}
