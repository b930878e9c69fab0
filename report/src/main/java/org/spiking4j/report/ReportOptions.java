package org.spiking4j.report;

import java.nio.file.Path;

/**
 * What to write and how much to look at.
 *
 * @param output the report folder
 * @param samples test images whose rate codes are embedded
 * @param force replace the files of an earlier report in {@code output}
 * @param exportFolder a folder written by {@code spiking4j export}, or null
 */
public record ReportOptions(Path output, int samples, boolean force, Path exportFolder) {
    public static final int DEFAULT_SAMPLES = 2000;
    public static final String DEFAULT_FOLDER = "report";
    /** Test images whose every spike is drawn. */
    public static final int RASTER_IMAGES = 3;
    /** Test images shown beside their reconstruction. */
    public static final int RECONSTRUCTION_IMAGES = 10;
}
