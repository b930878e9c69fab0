package org.spiking4j.runtime.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.plugin.Spiking4jPlugin;

/**
 * Finds plugins on the class path and in a plugins folder. Each subfolder of the plugins folder is
 * one plugin: a {@code plugin.properties} (id, version, apiVersion) and its jars, loaded by a class
 * loader of its own that sees only the api and the engines' spi packages.
 */
public final class PluginLoader {
    public static final String DESCRIPTOR_FILE = "plugin.properties";
    public static final String SUPPORTED_API_VERSION = "1";

    private final ClassLoader applicationLoader;

    public PluginLoader(ClassLoader applicationLoader) {
        this.applicationLoader = applicationLoader;
    }

    /**
     * Class-path plugins plus those in {@code pluginsFolder} (ignored when null or absent). A plugin
     * folder that cannot be loaded (no descriptor, another api version, a damaged jar, an id that is
     * taken) is left out and listed in {@link PluginRegistry#failures()}: one broken plugin must not
     * stop every command.
     */
    public PluginRegistry load(Path pluginsFolder) {
        List<Spiking4jPlugin> plugins = new ArrayList<>(discover(applicationLoader, "the class path", false));
        List<PluginFailure> failures = new ArrayList<>();
        if (pluginsFolder != null && Files.isDirectory(pluginsFolder)) {
            List<Path> folders;
            try (Stream<Path> entries = Files.list(pluginsFolder)) {
                folders = entries.filter(Files::isDirectory).sorted().toList();
            } catch (IOException e) {
                folders = List.of();
                failures.add(new PluginFailure(pluginsFolder.toString(), "the folder cannot be listed ("
                        + e.getMessage() + ")."));
            }
            for (Path folder : folders) {
                try {
                    List<Spiking4jPlugin> found = loadFolder(folder);
                    List<Spiking4jPlugin> together = new ArrayList<>(plugins);
                    together.addAll(found);
                    PluginRegistry.of(together);
                    plugins = together;
                } catch (Spiking4jException | LinkageError e) {
                    failures.add(new PluginFailure(folder.toString(), e.getMessage()));
                }
            }
        }
        return PluginRegistry.of(plugins, failures);
    }

    private List<Spiking4jPlugin> loadFolder(Path folder) {
        Path descriptorFile = folder.resolve(DESCRIPTOR_FILE);
        if (!Files.isRegularFile(descriptorFile)) {
            throw new Spiking4jException("Plugin folder " + folder + " has no " + DESCRIPTOR_FILE
                    + " (with id, version and apiVersion); add one or remove the folder.");
        }
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(descriptorFile)) {
            descriptor.load(in);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read " + descriptorFile + ": " + e.getMessage());
        }
        String apiVersion = descriptor.getProperty("apiVersion", "");
        if (!SUPPORTED_API_VERSION.equals(apiVersion.trim())) {
            throw new Spiking4jException("Plugin " + descriptor.getProperty("id", folder.getFileName().toString())
                    + " in " + folder + " targets api version '" + apiVersion + "', but this spiking4j supports "
                    + SUPPORTED_API_VERSION + "; install a matching version of the plugin.");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                checkIsZip(jar);
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new Spiking4jException("Cannot list plugin folder " + folder + ": " + e.getMessage());
        }
        ClassLoader isolated = new PluginClassLoader(jars.toArray(URL[]::new),
                new ApiOnlyClassLoader(applicationLoader));
        return discover(isolated, folder.toString(), true);
    }

    private static void checkIsZip(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.size();
        } catch (IOException e) {
            throw new Spiking4jException(jar + " is not a readable jar (zip) file (" + e.getMessage()
                    + "); replace it with the plugin's jar, or remove it.");
        }
    }

    /**
     * @param ownClassesOnly keep only plugins defined by this loader itself (a plugin folder's loader
     *     must not report the application's built-ins a second time)
     */
    private static List<Spiking4jPlugin> discover(ClassLoader loader, String where, boolean ownClassesOnly) {
        List<Spiking4jPlugin> found = new ArrayList<>();
        try {
            for (Spiking4jPlugin plugin : ServiceLoader.load(Spiking4jPlugin.class, loader)) {
                if (!ownClassesOnly || plugin.getClass().getClassLoader() == loader) {
                    found.add(plugin);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new Spiking4jException("A plugin in " + where + " could not be loaded: " + e.getMessage()
                    + ". Check that it was built against this spiking4j api.");
        }
        return found;
    }

    /** A URL class loader for one plugin's jars. */
    static final class PluginClassLoader extends java.net.URLClassLoader {
        PluginClassLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }
    }

}
