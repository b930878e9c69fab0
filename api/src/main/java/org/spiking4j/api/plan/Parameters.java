package org.spiking4j.api.plan;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;

/**
 * One component's resolved parameters and the name its messages use. A kernel reads each value once,
 * when it is created, into a typed field or record; nothing looks a parameter up by name while stepping.
 *
 * @param owner how messages name the component, e.g. {@code population 'z1' (slif)}
 */
public record Parameters(String owner, Map<String, Double> values) {

    public Parameters {
        values = Map.copyOf(values);
    }

    /**
     * @throws Spiking4jException when the runtime's resolution step left the parameter without a value
     */
    public double number(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new Spiking4jException("Parameter '" + name + "' of " + owner
                    + " has no value; resolve the circuit (defaults filled in) before compiling it.");
        }
        return value;
    }

    /** The value as float32, the precision every kernel computes in. */
    public float single(String name) {
        return (float) number(name);
    }
}
