package org.spiking4j.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import org.spiking4j.api.Spiking4jException;

/**
 * Sets one value of a circuit's YAML tree by a dotted path such as {@code populations.z1.size}.
 * A missing section is created (so {@code optimizer.params.eta} works where the file leaves
 * {@code params} out) except a named population, signal or projection, which must exist; the
 * strict circuit loader then judges the key and the value's type.
 */
final class OverridePath {
    private static final List<String> NAMED_SECTIONS = List.of("populations", "signals", "projections");
    private static final Pattern DOT = Pattern.compile("\\.");

    private OverridePath() {
    }

    static void apply(ObjectNode root, String path, JsonNode value) {
        String[] keys = DOT.split(path, -1);
        for (String key : keys) {
            if (key.isEmpty()) {
                throw new Spiking4jException("'" + path + "' is not a path: write keys separated by single dots, "
                        + "such as populations.z1.size");
            }
        }
        ObjectNode node = root;
        for (int depth = 0; depth < keys.length - 1; depth++) {
            JsonNode child = node.get(keys[depth]);
            if (child == null) {
                if (depth == 1 && NAMED_SECTIONS.contains(keys[0])) {
                    throw new Spiking4jException(keys[0] + "." + keys[1] + " does not exist in the base circuit; its "
                            + keys[0] + " are " + String.join(", ", iterable(node)));
                }
                child = node.putObject(keys[depth]);
            } else if (!child.isObject()) {
                throw new Spiking4jException(String.join(".", java.util.Arrays.copyOf(keys, depth + 1))
                        + " is a value, not a section, so it has no key '" + keys[depth + 1] + "'");
            }
            node = (ObjectNode) child;
        }
        node.set(keys[keys.length - 1], value);
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
