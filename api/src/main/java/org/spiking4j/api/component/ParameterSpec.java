package org.spiking4j.api.component;

/**
 * One declared parameter of a component: name, unit, default, allowed closed range and a line of
 * documentation. A NaN default means the value is required or derived (the documentation says how).
 */
public record ParameterSpec(String name, String unit, double defaultValue, double min, double max, String doc) {

    public static ParameterSpec of(String name, String unit, double defaultValue, double min, double max, String doc) {
        return new ParameterSpec(name, unit, defaultValue, min, max, doc);
    }

    public boolean hasDefault() {
        return !Double.isNaN(defaultValue);
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }
}
