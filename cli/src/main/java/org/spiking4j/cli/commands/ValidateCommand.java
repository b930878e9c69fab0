package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks circuit files against the schema and the loaded plugins, without running anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check circuit YAML files.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Circuit YAML files.")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;

    @Inject
    public ValidateCommand(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            CircuitDescription circuit = new CircuitFiles().read(file, registry);
            spec.commandLine().getOut().printf("%s: valid (%s: %d populations, %d signals, %d projections)%n", file,
                    circuit.name(), circuit.populations().size(), circuit.signals().size(),
                    circuit.projections().size());
        }
        return 0;
    }
}
