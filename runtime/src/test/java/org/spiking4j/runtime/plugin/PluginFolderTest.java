package org.spiking4j.runtime.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.plugin.Spiking4jPlugin;

/** A third-party plugin compiled at test time, dropped into a plugins folder, loaded in isolation. */
class PluginFolderTest {
    private static final String PLUGIN_SOURCE = """
            package com.example.tanh;

            import java.util.List;
            import org.spiking4j.api.component.ComponentDescriptor;
            import org.spiking4j.api.component.NeuronModel;
            import org.spiking4j.api.component.ParameterSpec;
            import org.spiking4j.api.plugin.Spiking4jPlugin;

            public final class TanhPlugin implements Spiking4jPlugin {
                public String id() { return "example-tanh"; }
                public List<ComponentDescriptor> components() {
                    return List.of(new Tanh());
                }
                /** Answers whether the application's internals are visible from here (they must not be). */
                public static boolean seesRuntimeInternals() {
                    try {
                        Class.forName("org.spiking4j.runtime.plugin.PluginRegistry");
                        return true;
                    } catch (ClassNotFoundException expected) {
                        return false;
                    }
                }
                static final class Tanh implements NeuronModel {
                    public String id() { return "tanh-rate"; }
                    public String description() { return "A rate neuron, for the plugin test."; }
                    public List<ParameterSpec> parameters() {
                        return List.of(ParameterSpec.of("gain", "", 1.0, 0, 10, "slope"));
                    }
                    public boolean isEncoder() { return false; }
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void loadsAPluginFromItsFolderInItsOwnClassLoader() throws Exception {
        Path plugins = work.resolve("plugins");
        writePlugin(plugins.resolve("tanh"), "1");
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(plugins);
        assertTrue(registry.has(ComponentKind.NEURON_MODEL, "tanh-rate"));
        assertTrue(registry.has(ComponentKind.NEURON_MODEL, "slif"), "built-ins stay");
        ComponentDescriptor tanh = registry.require(ComponentDescriptor.class, ComponentKind.NEURON_MODEL, "tanh-rate");
        assertEquals("example-tanh", registry.pluginOf(tanh));
        assertTrue(tanh.getClass().getClassLoader() != getClass().getClassLoader());
        Spiking4jPlugin plugin = registry.plugins().stream().filter(p -> p.id().equals("example-tanh")).findFirst()
                .orElseThrow();
        boolean seesInternals = (boolean) plugin.getClass().getMethod("seesRuntimeInternals").invoke(null);
        assertTrue(!seesInternals, "a plugin must see only the api and the engines' spi packages");
    }

    @Test
    void aDuplicateIdLeavesOnlyTheSecondPluginOut() throws Exception {
        Path plugins = work.resolve("plugins");
        writePlugin(plugins.resolve("first"), "1");
        writePlugin(plugins.resolve("second"), "1");
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(plugins);
        assertTrue(registry.has(ComponentKind.NEURON_MODEL, "tanh-rate"), "the first one loads");
        assertEquals(1, registry.failures().size(), registry.failures().toString());
        assertTrue(registry.failures().get(0).folder().endsWith("second"), registry.failures().toString());
        assertTrue(registry.failures().get(0).reason().contains("example-tanh"), registry.failures().toString());
    }

    @Test
    void aPluginForAnotherApiVersionIsRefused() throws Exception {
        Path plugins = work.resolve("plugins");
        writePlugin(plugins.resolve("tanh"), "9");
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(plugins);
        assertTrue(registry.has(ComponentKind.NEURON_MODEL, "slif"), "the built-ins still load");
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).reason().contains("api version '9'"), registry.failures().toString());
        Spiking4jException missing = assertThrows(Spiking4jException.class,
                () -> registry.require(ComponentDescriptor.class, ComponentKind.NEURON_MODEL, "tanh-rate"));
        assertTrue(missing.getMessage().contains("could not be loaded") && missing.getMessage().contains("tanh"),
                missing.getMessage());
    }

    @Test
    void aFolderWithoutDescriptorIsNamed() throws Exception {
        Path plugins = work.resolve("plugins");
        Files.createDirectories(plugins.resolve("stray"));
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(plugins);
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).reason().contains("plugin.properties"), registry.failures().toString());
    }

    @Test
    void aJarThatIsNotAZipIsReported() throws Exception {
        Path plugins = work.resolve("plugins");
        writePlugin(plugins.resolve("tanh"), "1");
        Files.writeString(plugins.resolve("tanh").resolve("broken.jar"), "not a zip at all");
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(plugins);
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).reason().contains("broken.jar")
                && registry.failures().get(0).reason().contains("not a readable jar"), registry.failures().toString());
    }

    private void writePlugin(Path folder, String apiVersion) throws IOException {
        Files.createDirectories(folder);
        Path sources = work.resolve("src-" + folder.getFileName());
        Path classes = work.resolve("classes-" + folder.getFileName());
        Path source = sources.resolve("com/example/tanh/TanhPlugin.java");
        Files.createDirectories(source.getParent());
        Files.createDirectories(classes);
        Files.writeString(source, PLUGIN_SOURCE);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String apiClasses = Path.of(Spiking4jPlugin.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        int status = compiler.run(null, null, null, "-classpath", apiClasses, "-d", classes.toString(),
                source.toString());
        assertEquals(0, status, "the test plugin must compile");
        try (OutputStream file = Files.newOutputStream(folder.resolve("tanh.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            for (String name : List.of("com/example/tanh/TanhPlugin.class", "com/example/tanh/TanhPlugin$Tanh.class")) {
                jar.putNextEntry(new JarEntry(name));
                jar.write(Files.readAllBytes(classes.resolve(name)));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.spiking4j.api.plugin.Spiking4jPlugin"));
            jar.write("com.example.tanh.TanhPlugin\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Files.writeString(folder.resolve(PluginLoader.DESCRIPTOR_FILE),
                "id=example-tanh\nversion=1.0\napiVersion=" + apiVersion + "\n");
    }
}
