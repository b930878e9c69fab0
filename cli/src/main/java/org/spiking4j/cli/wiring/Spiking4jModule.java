package org.spiking4j.cli.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.model.PausePoints;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;

/** The composition root: configuration → registry → resolver, model directories, backends, datasets. */
public final class Spiking4jModule extends AbstractModule {
    private final PrintWriter warnings;

    public Spiking4jModule() {
        this(new PrintWriter(System.err, true));
    }

    /** @param warnings where warnings go that do not stop a command (a checkpoint skipped on load) */
    public Spiking4jModule(PrintWriter warnings) {
        this.warnings = warnings;
    }

    @Provides
    @Singleton
    Environment environment() {
        return Environment.fromSystem();
    }

    @Provides
    @Singleton
    PluginRegistry registry(Environment environment) {
        return new PluginLoader(Spiking4jModule.class.getClassLoader()).load(environment.pluginsFolder());
    }

    @Provides
    @Singleton
    CircuitResolver resolver(PluginRegistry registry) {
        return new CircuitResolver(registry);
    }

    @Provides
    @Singleton
    ModelDirectory modelDirectory(PluginRegistry registry) {
        return new ModelDirectory(registry, warnings::println, PausePoints.fromSystemProperties());
    }

    @Provides
    @Singleton
    BackendSelector backendSelector(PluginRegistry registry) {
        return new BackendSelector(registry);
    }

    @Provides
    @Singleton
    DatasetLoader datasetLoader(PluginRegistry registry, Environment environment) {
        return new DatasetLoader(registry, environment.cacheFolder());
    }

    /** Where things live for this user; read once from the environment. */
    public record Environment(Path home, Path pluginsFolder, Path cacheFolder) {

        static Environment fromSystem() {
            Path home = Path.of(System.getenv().getOrDefault("SPIKING4J_HOME", "."));
            Path plugins = Path.of(System.getenv().getOrDefault("SPIKING4J_PLUGINS", home.resolve("plugins").toString()));
            String xdgCache = System.getenv("XDG_CACHE_HOME");
            Path cacheRoot = xdgCache != null ? Path.of(xdgCache) : Path.of(System.getProperty("user.home"), ".cache");
            Path cache = Path.of(System.getenv().getOrDefault("SPIKING4J_CACHE", cacheRoot.resolve("spiking4j").toString()));
            return new Environment(home, plugins, cache);
        }
    }
}
