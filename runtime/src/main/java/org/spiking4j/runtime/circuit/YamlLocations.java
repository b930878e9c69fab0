package org.spiking4j.runtime.circuit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Where each key and value of a YAML document is written, so that problems found after Jackson has
 * turned the text into records can still point at a line and column. A path is the list of mapping
 * keys and sequence indices (as decimal text) from the document root, e.g.
 * {@code [projections, W1, rule, model]} or {@code [projections, M1, bounds, 1]}.
 */
public final class YamlLocations {

    /** A 1-based line and column in the YAML text. */
    public record Position(int line, int column) {
        static final Position DOCUMENT_START = new Position(1, 1);

        static Position of(Mark mark) {
            // SnakeYAML counts from 0; editors and people count from 1.
            return new Position(mark.getLine() + 1, mark.getColumn() + 1);
        }

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** A key written twice in one mapping; {@code path} ends with the key. */
    public record DuplicateKey(List<String> path, Position position, Position firstPosition) {
    }

    /** What is written at a path: where its key and value start, and a short description of the value. */
    private record Entry(Position key, Position value, boolean valueIsEmpty, String summary, List<String> keys) {
    }

    private static final YamlLocations NONE = new YamlLocations(Map.of(), List.of(), false);

    private final Map<List<String>, Entry> entries;
    private final List<DuplicateKey> duplicateKeys;
    private final boolean hasDocument;

    private YamlLocations(Map<List<String>, Entry> entries, List<DuplicateKey> duplicateKeys, boolean hasDocument) {
        this.entries = entries;
        this.duplicateKeys = duplicateKeys;
        this.hasDocument = hasDocument;
    }

    /**
     * Reads the positions of every key and value of a YAML text.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when the text is not YAML (the exception carries
     *     the position of the problem); {@link CircuitLoader} turns it into a readable message
     */
    public static YamlLocations of(String yamlText) {
        Node root = new Yaml().compose(new StringReader(yamlText));
        if (root == null) {
            return new YamlLocations(Map.of(), List.of(), false);
        }
        Collector collector = new Collector();
        collector.visit(List.of(), Position.of(root.getStartMark()), root);
        return new YamlLocations(Collections.unmodifiableMap(collector.entries),
                List.copyOf(collector.duplicates), true);
    }

    /** No positions at all, for circuits that were not read from a file. */
    public static YamlLocations none() {
        return NONE;
    }

    /** False when the text held no document at all (empty, or only comments). */
    public boolean hasDocument() {
        return hasDocument;
    }

    /** Where the value at this path starts, if it is written. */
    public Optional<Position> valueAt(List<String> path) {
        return Optional.ofNullable(entries.get(path)).map(Entry::value);
    }

    /** Where the key of this path starts (for a sequence item, where the item starts). */
    public Optional<Position> keyAt(List<String> path) {
        return Optional.ofNullable(entries.get(path)).map(Entry::key);
    }

    /**
     * The best place to point at for a problem with the value at this path: the value itself when it
     * is written, else its key when the value is empty, else the key of the nearest enclosing entry
     * that is written.
     */
    public Optional<Position> nearest(List<String> path) {
        Entry entry = entries.get(path);
        if (entry != null) {
            return Optional.of(entry.valueIsEmpty() ? entry.key() : entry.value());
        }
        return enclosingKey(path);
    }

    /** The key of this path when it is written, else that of the nearest enclosing entry that is. */
    public Optional<Position> nearestKey(List<String> path) {
        Entry entry = entries.get(path);
        return entry != null ? Optional.of(entry.key()) : enclosingKey(path);
    }

    /**
     * What is written at this path, for messages: the scalar text in quotes, "a mapping", "a list"
     * or "nothing".
     */
    public Optional<String> describeValueAt(List<String> path) {
        return Optional.ofNullable(entries.get(path)).map(Entry::summary);
    }

    /** The keys of the mapping at this path, in written order; empty when it is not a mapping. */
    public List<String> keysAt(List<String> path) {
        Entry entry = entries.get(path);
        return entry == null ? List.of() : entry.keys();
    }

    /** Keys written more than once in the same mapping, in document order. */
    public List<DuplicateKey> duplicateKeys() {
        return duplicateKeys;
    }

    /**
     * A path as people read it: keys joined by dots, sequence indices in brackets
     * ({@code projections.M1.bounds[1]}); the empty path is "the top level".
     */
    public static String dotted(List<String> path) {
        if (path.isEmpty()) {
            return "the top level";
        }
        StringBuilder text = new StringBuilder();
        for (String element : path) {
            if (isIndex(element)) {
                text.append('[').append(element).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(element);
            }
        }
        return text.toString();
    }

    private static boolean isIndex(String element) {
        return !element.isEmpty() && element.chars().allMatch(Character::isDigit);
    }

    private Optional<Position> enclosingKey(List<String> path) {
        for (int length = path.size() - 1; length >= 0; length--) {
            Entry enclosing = entries.get(path.subList(0, length));
            if (enclosing != null) {
                return Optional.of(enclosing.key());
            }
        }
        return Optional.empty();
    }

    /** Walks the node tree once, recording every entry. */
    private static final class Collector {
        private final Map<List<String>, Entry> entries = new HashMap<>();
        private final List<DuplicateKey> duplicates = new ArrayList<>();
        // YAML aliases can make the tree cyclic; a node already on the current branch is not entered again.
        private final Set<Node> onBranch = Collections.newSetFromMap(new IdentityHashMap<>());

        void visit(List<String> path, Position keyPosition, Node node) {
            entries.putIfAbsent(path, new Entry(keyPosition, Position.of(node.getStartMark()), isEmpty(node),
                    summary(node), keys(node)));
            if (!onBranch.add(node)) {
                return;
            }
            if (node instanceof MappingNode mapping) {
                visitMapping(path, mapping);
            } else if (node instanceof SequenceNode sequence) {
                List<Node> items = sequence.getValue();
                for (int index = 0; index < items.size(); index++) {
                    Node item = items.get(index);
                    visit(child(path, Integer.toString(index)), Position.of(item.getStartMark()), item);
                }
            }
            onBranch.remove(node);
        }

        private void visitMapping(List<String> path, MappingNode mapping) {
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyText(tuple.getKeyNode());
                Position keyPosition = Position.of(tuple.getKeyNode().getStartMark());
                Position first = seen.putIfAbsent(key, keyPosition);
                if (first != null) {
                    duplicates.add(new DuplicateKey(child(path, key), keyPosition, first));
                    continue;
                }
                visit(child(path, key), keyPosition, tuple.getValueNode());
            }
        }

        private static List<String> child(List<String> path, String element) {
            List<String> childPath = new ArrayList<>(path.size() + 1);
            childPath.addAll(path);
            childPath.add(element);
            return List.copyOf(childPath);
        }

        private static List<String> keys(Node node) {
            if (!(node instanceof MappingNode mapping)) {
                return List.of();
            }
            List<String> keys = new ArrayList<>();
            mapping.getValue().forEach(tuple -> keys.add(keyText(tuple.getKeyNode())));
            return List.copyOf(keys);
        }

        private static String keyText(Node key) {
            // Circuits only use plain keys; a complex key just needs some name that no real key has.
            return key instanceof ScalarNode scalar ? scalar.getValue() : "<complex key at " + Position.of(key.getStartMark()) + ">";
        }

        private static boolean isEmpty(Node node) {
            return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.getValue().isEmpty();
        }

        private static String summary(Node node) {
            if (node instanceof MappingNode) {
                return "a mapping";
            }
            if (node instanceof SequenceNode) {
                return "a list";
            }
            if (isEmpty(node)) {
                return "nothing";
            }
            return "'" + ((ScalarNode) node).getValue() + "'";
        }
    }
}
