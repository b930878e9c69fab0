package org.spiking4j.cli;

import org.spiking4j.api.Spiking4jException;
import picocli.CommandLine;

/**
 * Turns a problem the user can fix into one paragraph on stderr and exit code 2. Anything else is
 * a bug in spiking4j and keeps its stack trace, because that is what a bug report needs.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) throws Exception {
        Throwable cause = userError(exception);
        if (cause == null) {
            throw exception;
        }
        commandLine.getErr().println("error: " + cause.getMessage());
        return BAD_INPUT;
    }

    /** For failures before picocli runs (wiring, plugin loading): the same message, or rethrow a bug. */
    static int report(RuntimeException exception, java.io.PrintWriter err) {
        Throwable cause = userError(exception);
        if (cause == null) {
            throw exception;
        }
        err.println("error: " + cause.getMessage());
        return BAD_INPUT;
    }

    /** The Spiking4jException in the cause chain (Guice wraps provider failures), or null. */
    private static Throwable userError(Throwable exception) {
        Throwable cause = exception;
        while (cause != null && !(cause instanceof Spiking4jException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
