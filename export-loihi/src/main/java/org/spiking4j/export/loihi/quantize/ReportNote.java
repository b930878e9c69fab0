package org.spiking4j.export.loihi.quantize;

/**
 * One thing the export did not carry over exactly.
 *
 * @param category what happened to it
 * @param subject the population, projection, component or file it concerns
 * @param text one or two sentences: what, why, and the effect
 */
public record ReportNote(Category category, String subject, String text) {

    public enum Category {
        /** Not exported at all. */
        DROPPED,
        /** Exported with a different behaviour. */
        APPROXIMATED,
        /** Exported exactly, but folded into other parameters. */
        FOLDED,
        /** Exported exactly, but needs attention on hardware. */
        HARDWARE,
        /** Written for Loihi's on-chip learning, with what the chip's rule cannot represent. */
        ON_CHIP_LEARNING
    }
}
