package org.spiking4j.api;

/**
 * A problem the user can fix (bad input, missing driver, foreign file). Its message is a complete
 * paragraph naming the file or component and what to do; the command line prints it without a
 * stack trace and exits with code 2.
 */
public class Spiking4jException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Spiking4jException(String message) {
        super(message);
    }

    public Spiking4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
