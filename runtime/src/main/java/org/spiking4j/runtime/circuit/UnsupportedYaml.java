package org.spiking4j.runtime.circuit;

import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spiking4j.runtime.circuit.YamlLocations.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Legal YAML that a circuit file does not take, found before mapping so the message says what it is:
 * anchors and aliases (the mapper would see a copied mapping without its keys), and the special
 * floats {@code .nan} and {@code .inf} (no circuit constant may be infinite or undefined).
 */
final class UnsupportedYaml {
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private UnsupportedYaml() {
    }

    /** The first such construct in document order, or empty; the text is known to be valid YAML. */
    static Optional<CircuitProblem> find(String yamlText) {
        for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(yamlText))) {
            Position position = event.getStartMark() == null ? null : Position.of(event.getStartMark());
            if (event instanceof AliasEvent alias) {
                return Optional.of(new CircuitProblem(position, "the alias '*" + alias.getAnchor() + "' repeats "
                        + "another part of the file; circuit files take no YAML anchors or aliases, so write the "
                        + "values out in full."));
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                return Optional.of(new CircuitProblem(position, "the anchor '&" + node.getAnchor() + "' marks a part "
                        + "of the file for repetition; circuit files take no YAML anchors or aliases, so remove it and "
                        + "write the values out in full."));
            }
            if (event instanceof ScalarEvent scalar && scalar.isPlain() && SPECIAL_FLOAT.matcher(scalar.getValue()).matches()) {
                return Optional.of(new CircuitProblem(position, "'" + scalar.getValue() + "' is not a finite number; "
                        + "every constant of a circuit must be one (for a very large bound write e.g. 1e30)."));
            }
        }
        return Optional.empty();
    }
}
