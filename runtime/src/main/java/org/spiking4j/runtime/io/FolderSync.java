package org.spiking4j.runtime.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flushes a folder's entries (creations, renames) to disk, so that a file renamed into place is
 * still there after a power cut. Platforms that cannot open a folder (Windows) skip it: the files
 * themselves are complete and in place, only durability across a power cut is weaker there.
 */
public final class FolderSync {

    private FolderSync() {
    }

    public static void sync(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // See the class comment: not syncable here, nothing to recover.
        }
    }
}
