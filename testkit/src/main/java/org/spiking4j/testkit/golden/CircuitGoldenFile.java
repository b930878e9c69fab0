package org.spiking4j.testkit.golden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.DType;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * A circuit golden file (format {@code spiking4j-golden}, version 1): one {@code .npz} holding
 * {@code format.json}, {@code circuit.yaml}, the injected input spikes {@code input/<population>}
 * (uint8, presentations × steps × units), the expected spikes {@code spikes/<population>} (same shape),
 * the state before {@code initial/<name>} and after {@code final/<name>} (float32 or float64 arrays
 * named as the session's state: projection weights (pre, post), {@code theta/<population>}).
 */
public record CircuitGoldenFile(CircuitGoldenHeader header, String circuitYaml, byte[] input,
        Map<String, byte[]> spikes, Map<String, NdArray> initial, Map<String, NdArray> expectedFinal) {
    static final String FORMAT_KEY = "format.json";
    static final String CIRCUIT_KEY = "circuit.yaml";
    static final String INPUT_PREFIX = "input/";
    static final String SPIKES_PREFIX = "spikes/";
    static final String INITIAL_PREFIX = "initial/";
    static final String FINAL_PREFIX = "final/";

    /** True when the archive is of this format rather than the CSDP reference's ({@code config_json}). */
    public static boolean isCircuitGoldenFile(Path file) {
        return NpzArchive.keys(file).contains(FORMAT_KEY);
    }

    public static CircuitGoldenFile read(Path file) {
        Map<String, NdArray> arrays = NpzArchive.read(file);
        String source = file.getFileName().toString();
        CircuitGoldenHeader header = CircuitGoldenHeader.parse(bytes(arrays, FORMAT_KEY, source), source);
        String yaml = new String(bytes(arrays, CIRCUIT_KEY, source), StandardCharsets.UTF_8);
        byte[] input = spikeArray(arrays, INPUT_PREFIX + header.input(), header, source);
        Map<String, byte[]> spikes = new LinkedHashMap<>();
        for (String population : header.recorded()) {
            spikes.put(population, spikeArray(arrays, SPIKES_PREFIX + population, header, source));
        }
        return new CircuitGoldenFile(header, yaml, input, spikes, withPrefix(arrays, INITIAL_PREFIX),
                withPrefix(arrays, FINAL_PREFIX));
    }

    public void write(Path file) {
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        byte[] json = header.toJson();
        arrays.put(FORMAT_KEY, NdArray.ofBytes(json, json.length));
        byte[] yaml = circuitYaml.getBytes(StandardCharsets.UTF_8);
        arrays.put(CIRCUIT_KEY, NdArray.ofBytes(yaml, yaml.length));
        arrays.put(INPUT_PREFIX + header.input(), spikeShape(input));
        spikes.forEach((population, values) -> arrays.put(SPIKES_PREFIX + population, spikeShape(values)));
        initial.forEach((name, values) -> arrays.put(INITIAL_PREFIX + name, values));
        expectedFinal.forEach((name, values) -> arrays.put(FINAL_PREFIX + name, values));
        NpzArchive.write(file, arrays);
    }

    private NdArray spikeShape(byte[] values) {
        int steps = header.presentations() * header.steps();
        return NdArray.ofBytes(values, header.presentations(), header.steps(), values.length / steps);
    }

    private static byte[] bytes(Map<String, NdArray> arrays, String key, String source) {
        NdArray array = arrays.get(key);
        if (array == null || array.dtype() != DType.UINT8 || array.rank() != 1) {
            throw new Spiking4jException(source + " has no " + key + " (uint8 text); it is not a circuit golden file, "
                    + "or it was cut short.");
        }
        return (byte[]) array.data();
    }

    private static byte[] spikeArray(Map<String, NdArray> arrays, String key, CircuitGoldenHeader header,
            String source) {
        NdArray array = arrays.get(key);
        if (array == null) {
            throw new Spiking4jException(source + " has no array '" + key + "' although format.json names it.");
        }
        if (array.dtype() != DType.UINT8 || array.rank() != 3 || array.dimension(0) != header.presentations()
                || array.dimension(1) != header.steps()) {
            throw new Spiking4jException(source + ": '" + key + "' has shape " + java.util.Arrays.toString(array.shape())
                    + " and type " + array.dtype() + "; format.json asks for uint8 (" + header.presentations() + ", "
                    + header.steps() + ", units).");
        }
        return (byte[]) array.data();
    }

    private static Map<String, NdArray> withPrefix(Map<String, NdArray> arrays, String prefix) {
        Map<String, NdArray> found = new LinkedHashMap<>();
        arrays.forEach((name, values) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), values);
            }
        });
        return found;
    }
}
