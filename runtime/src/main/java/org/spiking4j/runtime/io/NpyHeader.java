package org.spiking4j.runtime.io;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spiking4j.api.Spiking4jException;

/**
 * The dictionary at the start of a .npy file, e.g.
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}.
 */
record NpyHeader(DType dtype, int[] shape) {

    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*(['\"])([^'\"]*)\\1");
    private static final Pattern STRUCTURED_DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*\\[");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

    NpyHeader {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Parses the header text of {@code source} (a file name, for messages). */
    static NpyHeader parse(String text, String source) {
        if (STRUCTURED_DESCR.matcher(text).find()) {
            throw new Spiking4jException(source + " holds a structured (record) array, which spiking4j cannot read. "
                    + "Save a plain numeric array instead, e.g. numpy.save(path, array.astype('float32')).");
        }
        String descriptor = group(DESCR, text, 2, "descr", source);
        if (group(FORTRAN, text, 1, "fortran_order", source).equals("True")) {
            throw new Spiking4jException(source + " stores its array in Fortran (column-major) order, which spiking4j "
                    + "does not read. Save it in C order, e.g. numpy.save(path, numpy.ascontiguousarray(array)).");
        }
        DType dtype = DType.fromDescriptor(descriptor).orElseThrow(() -> unsupported(descriptor, source));
        return new NpyHeader(dtype, parseShape(group(SHAPE, text, 1, "shape", source), source));
    }

    /** The header text as NumPy writes it, without padding. */
    String format() {
        String axes = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String tuple = shape.length == 1 ? "(" + axes + ",)" : "(" + axes + ")";
        return "{'descr': '" + dtype.descriptor() + "', 'fortran_order': False, 'shape': " + tuple + ", }";
    }

    /** The number of elements the header promises. */
    long elementCount() {
        return NdArray.elementCount(shape);
    }

    private static String group(Pattern pattern, String text, int group, String key, String source) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new Spiking4jException(source + " has a .npy header without a readable '" + key + "' entry ("
                    + abbreviate(text) + "). The file is damaged or not written by NumPy; write it again with numpy.save.");
        }
        return matcher.group(group);
    }

    private static int[] parseShape(String axes, String source) {
        String[] parts = axes.trim().split("\\s*,\\s*");
        try {
            return Arrays.stream(parts).filter(p -> !p.isEmpty()).mapToInt(p -> Integer.parseInt(p.replace("L", ""))).toArray();
        } catch (NumberFormatException e) {
            throw new Spiking4jException(source + " declares the shape (" + axes + "), which is not a tuple of "
                    + "integers below 2^31. spiking4j reads arrays of up to 2^31 - 1 elements per axis.", e);
        }
    }

    private static Spiking4jException unsupported(String descriptor, String source) {
        char order = descriptor.isEmpty() ? ' ' : descriptor.charAt(0);
        String what = order == '>'
                ? "is big-endian ('" + descriptor + "'); spiking4j reads little-endian data only. "
                        + "Convert it with array.astype(array.dtype.newbyteorder('<')) and save it again."
                : "has dtype '" + descriptor + "', which spiking4j does not read. Convert the array to float32, "
                        + "float64, uint8, int32, int64 or bool, e.g. array.astype('float32'), and save it again.";
        return new Spiking4jException(source + " " + what);
    }

    private static String abbreviate(String text) {
        final int maxShown = 80;
        String oneLine = text.strip();
        return oneLine.length() <= maxShown ? oneLine : oneLine.substring(0, maxShown) + "...";
    }
}
