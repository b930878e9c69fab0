package org.spiking4j.runtime.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.spiking4j.api.Spiking4jException;

/**
 * The OS lock a training holds on its model directory ({@code .lock}, which holds the owner's process
 * id for the message). The operating system releases it when the process ends, however it ends, so
 * a crash never leaves a directory locked.
 */
public final class ModelDirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ModelDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the directory (creating it), or stops at once if another training holds it. */
    public static ModelDirectoryLock acquire(Path directory) {
        Path file = directory.resolve(ModelFormat.LOCK);
        FileChannel channel;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot create the model directory " + directory + " (" + describe(e)
                    + "); choose an --out in a folder you can write.");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new Spiking4jException("Cannot lock " + file + " (" + describe(e)
                    + "); the file system may not support locks, so choose an --out on a local disk.");
        }
        if (lock == null) {
            String owner = owner(file);
            closeQuietly(channel);
            throw new Spiking4jException(directory + " is being written by another training" + owner
                    + "; wait for it to finish, or choose another --out.");
        }
        try {
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
        } catch (IOException e) {
            // The lock holds either way; only the owner's id in the message is missing.
        }
        return new ModelDirectoryLock(channel, lock);
    }

    private static String owner(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "" : " (process " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through it that matters.
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
