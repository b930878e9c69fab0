package org.spiking4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its exit code and what it printed. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** True when nothing looks like a Java stack trace or exception class name. */
    public boolean hasNoStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception:") && !all.contains("Exception\n");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
    }
}
