package org.spiking4j.runtime.circuit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.spiking4j.runtime.circuit.YamlLocations.Position;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns what Jackson and SnakeYAML throw into one paragraph a user can act on: where, what is wrong,
 * and what is allowed there. Never Jackson's own text, which names Java classes.
 */
final class ReadErrorMessages {
    private static final Set<Class<?>> WHOLE_NUMBER_TYPES = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBER_TYPES = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);
    private static final Set<Class<?>> BOOLEAN_TYPES = Set.of(boolean.class, Boolean.class);

    private ReadErrorMessages() {
    }

    /** The problem a Jackson read failure describes, positioned with {@code locations} where possible. */
    static CircuitProblem describe(JsonProcessingException failure, YamlLocations locations) {
        if (failure.getCause() instanceof MarkedYAMLException syntax) {
            return syntaxError(syntax);
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return unknownKey(unknown, locations);
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, locations);
        }
        if (failure instanceof JsonMappingException mapping) {
            List<String> path = pathOf(mapping.getPath());
            if (mapping.getCause() instanceof InputCoercionException outOfRange) {
                return numberTooLarge(outOfRange, path, locations);
            }
            return new CircuitProblem(position(locations.nearest(path), failure),
                    "cannot read " + YamlLocations.dotted(path) + ": the value does not fit the circuit format.");
        }
        if (failure instanceof InputCoercionException outOfRange) {
            return numberTooLarge(outOfRange, pathOf(outOfRange.getProcessor()), locations);
        }
        return new CircuitProblem(position(Optional.empty(), failure),
                "not valid YAML: " + failure.getOriginalMessage() + ".");
    }

    /** A SnakeYAML syntax error, at the place SnakeYAML found it. */
    static CircuitProblem syntaxError(MarkedYAMLException syntax) {
        Position position = syntax.getProblemMark() == null ? null : Position.of(syntax.getProblemMark());
        StringBuilder text = new StringBuilder("not valid YAML: ").append(syntax.getProblem());
        if (syntax.getContext() != null && syntax.getContextMark() != null) {
            text.append(" (").append(syntax.getContext()).append(" at ")
                    .append(Position.of(syntax.getContextMark())).append(')');
        }
        text.append(". Check the indentation (spaces, not tabs), that each key is followed by ': ', "
                + "and that brackets and quotes are closed.");
        return new CircuitProblem(position, text.toString());
    }

    private static CircuitProblem unknownKey(UnrecognizedPropertyException unknown, YamlLocations locations) {
        List<String> path = pathOf(unknown.getPath());
        List<String> enclosing = path.isEmpty() ? path : path.subList(0, path.size() - 1);
        List<String> known = knownKeys(unknown.getReferringClass(), unknown.getKnownPropertyIds());
        return unknownKeyProblem(unknown.getPropertyName(), enclosing, known, locations.nearestKey(path), unknown);
    }

    private static CircuitProblem unknownKeyProblem(String key, List<String> enclosing, List<String> known,
            Optional<Position> fromYaml, JsonProcessingException failure) {
        return new CircuitProblem(position(fromYaml, failure), "unknown key '" + key + "' in "
                + YamlLocations.dotted(enclosing) + ". Known keys here: " + String.join(", ", known) + "."
                + NameSuggestion.hint(key, known));
    }

    private static CircuitProblem wrongType(MismatchedInputException mismatch, YamlLocations locations) {
        List<String> path = pathOf(mismatch.getPath());
        Optional<String> written = locations.describeValueAt(path);
        if (written.isEmpty() && !path.isEmpty() && locations.hasDocument()) {
            return missingValue(mismatch, path, locations);
        }
        String found = written.orElseGet(() -> foundValue(mismatch));
        String where = path.isEmpty() ? "the circuit" : YamlLocations.dotted(path);
        return new CircuitProblem(position(locations.nearest(path), mismatch),
                "wrong value for " + where + ": " + expectedType(mismatch.getTargetType())
                        + (found == null ? "" : ", found " + found) + ".");
    }

    /**
     * A required value (a record's primitive) that is not written. Jackson reports it before any
     * unknown key of the same mapping, yet a misspelt key is the usual cause, so that is named first.
     */
    private static CircuitProblem missingValue(MismatchedInputException mismatch, List<String> path,
            YamlLocations locations) {
        List<String> enclosing = path.subList(0, path.size() - 1);
        String key = path.get(path.size() - 1);
        Class<?> enclosingType = CircuitSchema.typeAt(enclosing);
        if (enclosingType != null && enclosingType.isRecord()) {
            List<String> known = CircuitSchema.keysOf(enclosingType);
            for (String written : locations.keysAt(enclosing)) {
                if (!known.contains(written)) {
                    List<String> writtenPath = new ArrayList<>(enclosing);
                    writtenPath.add(written);
                    return unknownKeyProblem(written, enclosing, known, locations.keyAt(writtenPath), mismatch);
                }
            }
        }
        return new CircuitProblem(position(locations.nearest(path), mismatch), "missing key '" + key + "' in "
                + YamlLocations.dotted(enclosing) + ": " + expectedType(mismatch.getTargetType()) + ".");
    }

    private static CircuitProblem numberTooLarge(InputCoercionException outOfRange, List<String> path,
            YamlLocations locations) {
        return new CircuitProblem(position(locations.nearest(path), outOfRange), "the number at "
                + YamlLocations.dotted(path) + " is too large: " + expectedType(outOfRange.getTargetType())
                + " that fits in " + bitsOf(outOfRange.getTargetType()) + " bits.");
    }

    private static String foundValue(MismatchedInputException mismatch) {
        if (mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return "'" + invalid.getValue() + "'";
        }
        return null;
    }

    /** What a value of this Java type looks like in YAML, in words. */
    static String expectedType(Class<?> type) {
        if (type == null) {
            return "expected a different kind of value";
        }
        if (WHOLE_NUMBER_TYPES.contains(type)) {
            return "expected a whole number";
        }
        if (NUMBER_TYPES.contains(type)) {
            return "expected a number";
        }
        if (BOOLEAN_TYPES.contains(type)) {
            return "expected true or false";
        }
        if (type.isEnum()) {
            return "expected one of " + String.join(", ", enumNames(type));
        }
        if (type == String.class) {
            return "expected a text value";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "expected a mapping of names to values";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list";
        }
        if (type.isRecord()) {
            return "expected a mapping with the keys " + String.join(", ", CircuitSchema.keysOf(type));
        }
        return "expected a different kind of value";
    }

    private static int bitsOf(Class<?> type) {
        return type == long.class || type == Long.class ? Long.SIZE : Integer.SIZE;
    }

    /** The names YAML uses for the constants: their {@code @JsonProperty} names, in declaration order. */
    private static List<String> enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = enumType.getField(name).getAnnotation(JsonProperty.class);
                names.add(property == null ? name : property.value());
            } catch (NoSuchFieldException e) {
                names.add(name);
            }
        }
        return names;
    }

    /** Jackson's known keys, in the order the record declares them (the order of the documentation). */
    private static List<String> knownKeys(Class<?> referringClass, Collection<Object> knownIds) {
        Set<String> remaining = new TreeSet<>();
        if (knownIds != null) {
            knownIds.forEach(id -> remaining.add(String.valueOf(id)));
        }
        List<String> ordered = new ArrayList<>();
        if (referringClass != null && referringClass.isRecord()) {
            for (String key : CircuitSchema.keysOf(referringClass)) {
                if (remaining.remove(key)) {
                    ordered.add(key);
                }
            }
        }
        ordered.addAll(remaining);
        return ordered;
    }

    private static List<String> pathOf(List<JsonMappingException.Reference> references) {
        List<String> path = new ArrayList<>();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.add(Integer.toString(reference.getIndex()));
            }
        }
        return List.copyOf(path);
    }

    /** For stream-level failures, which carry no path: where the parser was when it failed. */
    private static List<String> pathOf(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return List.of();
        }
        List<String> reversed = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                reversed.add(context.getCurrentName());
            } else if (context.inArray()) {
                reversed.add(Integer.toString(Math.max(0, context.getCurrentIndex())));
            }
        }
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** The YAML position when known, else the one Jackson reports (1-based for YAML too). */
    private static Position position(Optional<Position> fromYaml, JsonProcessingException failure) {
        if (fromYaml.isPresent()) {
            return fromYaml.get();
        }
        JsonLocation location = failure.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
