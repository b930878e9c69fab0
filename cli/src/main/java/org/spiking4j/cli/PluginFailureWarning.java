package org.spiking4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.spiking4j.runtime.plugin.PluginFailure;
import org.spiking4j.runtime.plugin.PluginRegistry;
import picocli.CommandLine;

/**
 * Before a command runs, one warning line per plugin folder that could not be loaded; `plugins`
 * lists them itself, and help and version output say nothing about plugins.
 */
final class PluginFailureWarning implements CommandLine.IExecutionStrategy {
    private static final String PLUGINS_COMMAND = "plugins";

    private final PluginRegistry registry;
    private final PrintWriter err;

    PluginFailureWarning(PluginRegistry registry, PrintWriter err) {
        this.registry = registry;
        this.err = err;
    }

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
        List<CommandLine> commands = parseResult.asCommandLineList();
        String name = commands.get(commands.size() - 1).getCommandName();
        if (CommandLine.printHelpIfRequested(parseResult)) {
            return 0;
        }
        if (!PLUGINS_COMMAND.equals(name)) {
            for (PluginFailure failure : registry.failures()) {
                err.println("warning: skipped the plugin in " + failure.folder() + ": " + failure.reason()
                        + " ('spiking4j plugins' lists it.)");
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
