package org.spiking4j.scaleout.spark;

/** Spark's failure messages carry the remote stack trace; a summary needs their first line only. */
final class SparkFailures {
    private static final String STAGE_FAILURE = "Job aborted due to stage failure: ";

    private SparkFailures() {
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
