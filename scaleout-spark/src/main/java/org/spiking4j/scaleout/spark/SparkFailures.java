package org.spiking4j.scaleout.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spark's failure messages carry the remote stack trace; a summary needs their first line only. */
final class SparkFailures {
    private static final String STAGE_FAILURE = "Job aborted due to stage failure: ";
    private static final Pattern FAILED_TIMES = Pattern.compile("failed (\\d+) times");

    private SparkFailures() {
    }

    /** How often the task ran, as Spark's reason says ("failed 2 times"); 0 when the job never got that far. */
    static int attempts(String reason) {
        Matcher failed = FAILED_TIMES.matcher(reason);
        return failed.find() ? Integer.parseInt(failed.group(1)) : 0;
    }

    static String firstLine(Throwable failure) {
        Throwable cause = failure;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        String line = message.lines().findFirst().orElse(message).trim();
        return line.startsWith(STAGE_FAILURE) ? line.substring(STAGE_FAILURE.length()) : line;
    }
}
