package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.spiking4j.api.backend.Availability;
import org.spiking4j.api.backend.BackendProvider;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.runtime.plugin.PluginFailure;
import org.spiking4j.runtime.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists every loaded component by kind, with its plugin, parameters and defaults. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List components by kind with their parameters and defaults.")
public final class PluginsCommand implements Callable<Integer> {
    private static final double UNBOUNDED = 1e300;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PluginRegistry registry;

    @Inject
    public PluginsCommand(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ComponentKind kind : ComponentKind.values()) {
            out.println(kind.title().substring(0, 1).toUpperCase() + kind.title().substring(1) + ":");
            if (registry.components(kind).isEmpty()) {
                out.println("  (none loaded)");
            }
            for (ComponentDescriptor component : registry.components(kind)) {
                out.printf("  %-26s %s [plugin %s]%n", component.id(), component.description(),
                        registry.pluginOf(component));
                if (component instanceof BackendProvider backend) {
                    Availability availability = backend.availability();
                    out.printf("      %s: %s%n", availability.available() ? "available" : "unavailable",
                            availability.reason());
                }
                for (ParameterSpec parameter : component.parameters()) {
                    out.printf("      %-18s default %-10s %-8s range %s  %s%n", parameter.name(),
                            parameter.hasDefault() ? format(parameter.defaultValue()) : "derived",
                            parameter.unit().isEmpty() ? "" : "(" + parameter.unit() + ")",
                            "[" + format(parameter.min()) + ", " + format(parameter.max()) + "]", parameter.doc());
                }
            }
        }
        if (!registry.failures().isEmpty()) {
            out.println("Plugins that could not be loaded (left out of every command):");
            for (PluginFailure failure : registry.failures()) {
                out.printf("  %s: %s%n", failure.folder(), failure.reason());
            }
        }
        return 0;
    }

    private static String format(double value) {
        if (Math.abs(value) >= UNBOUNDED) {
            return value > 0 ? "∞" : "-∞";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
