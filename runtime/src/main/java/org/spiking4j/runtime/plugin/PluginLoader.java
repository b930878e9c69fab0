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

    /** Class-path plugins plus those in {@code pluginsFolder} (ignored when null or absent). */
    public PluginRegistry load(Path pluginsFolder) {
        List<Spiking4jPlugin> plugins = new ArrayList<>(discover(applicationLoader, "the class path", false));
        if (pluginsFolder != null && Files.isDirectory(pluginsFolder)) {
            try (Stream<Path> folders = Files.list(pluginsFolder)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    plugins.addAll(loadFolder(folder));
                }
            } catch (IOException e) {
                throw new Spiking4jException("Cannot list the plugins folder " + pluginsFolder + ": " + e.getMessage());
            }
        }
        return PluginRegistry.of(plugins);
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
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new Spiking4jException("Cannot list plugin folder " + folder + ": " + e.getMessage());
        }
        ClassLoader isolated = new PluginClassLoader(jars.toArray(URL[]::new),
                new ApiOnlyClassLoader(applicationLoader));
        return discover(isolated, folder.toString(), true);
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
        } catch (ServiceConfigurationError e) {
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
