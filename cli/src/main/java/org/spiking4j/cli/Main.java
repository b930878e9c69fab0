package org.spiking4j.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import org.spiking4j.cli.wiring.GuiceCommandFactory;
import org.spiking4j.cli.wiring.Spiking4jModule;
import org.spiking4j.runtime.plugin.PluginRegistry;
import picocli.CommandLine;

/** Entry point of the {@code spiking4j} command: Guice wires the services, picocli the commands. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 check failed, 2 bad input). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line writing to the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine;
        PluginRegistry registry;
        try {
            Injector injector = Guice.createInjector(new Spiking4jModule(err));
            registry = injector.getInstance(PluginRegistry.class);
            commandLine = new CommandLine(Spiking4jCommand.class, new GuiceCommandFactory(injector));
        } catch (RuntimeException e) {
            return UserErrorHandler.report(e, err);
        }
        commandLine.setExecutionStrategy(new PluginFailureWarning(registry, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
