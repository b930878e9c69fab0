package org.spiking4j.cli.progress;

import java.util.Locale;

/** "12/120 (10%), 35 s, ETA 5 min 15 s": a progress line for logs, the ETA extrapolated linearly. */
final class PlainProgressLine {

    private PlainProgressLine() {
    }

    static String format(int done, int total, double elapsedSeconds) {
        String line = String.format(Locale.ROOT, "%d/%d (%d%%), %s", done, total, 100L * done / Math.max(1, total),
                duration(elapsedSeconds));
        if (done > 0 && done < total) {
            line += ", ETA " + duration(elapsedSeconds / done * (total - done));
        }
        return line;
    }

    static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        if (whole < 3600) {
            return (whole / 60) + " min " + (whole % 60) + " s";
        }
        return (whole / 3600) + " h " + (whole % 3600 / 60) + " min";
    }
}
