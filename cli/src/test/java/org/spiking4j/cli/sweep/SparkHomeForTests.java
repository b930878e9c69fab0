package org.spiking4j.cli.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Spark home for {@code local-cluster} masters without a Spark distribution: its {@code jars/}
 * holds this JVM's whole class path, the folders of classes packed as jars, because Spark starts
 * each executor JVM with {@code SPARK_HOME/jars/*} as its class path.
 */
final class SparkHomeForTests {
    private SparkHomeForTests() {
    }

    static void fill(Path sparkHome) throws IOException {
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        try (Stream<Path> old = Files.list(jars)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Path entry : classPath()) {
            if (Files.isDirectory(entry)) {
                // target/classes of module M becomes M-classes.jar.
                pack(entry, jars.resolve(entry.getParent().getParent().getFileName() + "-" + entry.getFileName() + ".jar"));
            } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                Files.createSymbolicLink(jars.resolve(entry.getFileName()), entry.toAbsolutePath());
            }
        }
    }

    private static List<Path> classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = new ArrayList<>();
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !entries.contains(Path.of(entry))) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path item : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(item).toString().replace('\\', '/')));
                Files.copy(item, out);
                out.closeEntry();
            }
        }
    }
}
