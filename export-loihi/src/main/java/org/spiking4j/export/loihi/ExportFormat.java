package org.spiking4j.export.loihi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.spiking4j.api.Spiking4jException;

/** The files {@code spiking4j export --format} can ask for. */
public enum ExportFormat {
    LAVA("lava", ".lava.h5", "Lava process-level file (lossless LIF and Dense parameters) with its Python loader"),
    NETX("netx", ".net", "lava-dl netx subset: the feed-forward chain with lateral weights"),
    NIR("nir", ".nir", "NIR 1.0.7 graph of the quantised circuit, cycles included");

    /** The --format value that selects every format. */
    public static final String ALL = "all";

    private final String id;
    private final String suffix;
    private final String description;

    ExportFormat(String id, String suffix, String description) {
        this.id = id;
        this.suffix = suffix;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String suffix() {
        return suffix;
    }

    public String description() {
        return description;
    }

    /** Parses {@code lava}, {@code netx}, {@code nir}, {@code all}, or a comma-separated list of them. */
    public static Set<ExportFormat> parse(String text) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String part : text.split(",")) {
            String value = part.trim().toLowerCase(Locale.ROOT);
            if (value.equals(ALL)) {
                formats.addAll(EnumSet.allOf(ExportFormat.class));
                continue;
            }
            ExportFormat format = Arrays.stream(values()).filter(f -> f.id.equals(value)).findFirst()
                    .orElseThrow(() -> new Spiking4jException("Unknown export format '" + part.trim() + "'; use "
                            + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))
                            + " or " + ALL + "."));
            formats.add(format);
        }
        return formats;
    }
}
