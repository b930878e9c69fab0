package org.spiking4j.runtime.circuit;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * The circuit format as the records define it: which Java type a YAML path maps to, and which keys
 * a record accepts. Lets messages about a missing value also spot the misspelt key that was meant.
 */
final class CircuitSchema {
    private static final int MAP_VALUE_ARGUMENT = 1;

    private CircuitSchema() {
    }

    /** The class expected at this path of a circuit file, or null when the path is not part of the format. */
    static Class<?> typeAt(List<String> path) {
        Type type = CircuitDescription.class;
        for (String element : path) {
            type = childType(type, element);
            if (type == null) {
                return null;
            }
        }
        return rawClass(type);
    }

    /** The keys a record accepts, in declaration order. */
    static List<String> keysOf(Class<?> recordType) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            keys.add(component.getName());
        }
        return keys;
    }

    private static Type childType(Type type, String element) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return null;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(element)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return arguments[MAP_VALUE_ARGUMENT];
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return arguments[0];
            }
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return null;
    }
}
