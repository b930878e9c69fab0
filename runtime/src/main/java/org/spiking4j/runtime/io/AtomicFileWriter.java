package org.spiking4j.runtime.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.spiking4j.api.Spiking4jException;

/**
 * Writes a file so that readers, and a crash halfway, see either the old file or the complete new
 * one: the content goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target in one step.
 */
public final class AtomicFileWriter {

    /** Produces the content of the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Ends the name of a file still being written; a leftover one is an interrupted write. */
    public static final String TEMPORARY_SUFFIX = ".partial";

    private AtomicFileWriter() {
    }

    /** Writes {@code target} atomically, creating its folder if needed. */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            // Same folder, hence same file system: the rename below can be atomic. Not createTempFile,
            // whose owner-only permissions would carry over to the final file.
            temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            FolderSync.sync(folder);
        } catch (IOException e) {
            throw new Spiking4jException("Could not write " + target + ": " + describe(e)
                    + ". Check that the folder is writable and the disk has space.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover hidden .partial file is harmless; the original error matters more.
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
