package org.spiking4j.runtime.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.spiking4j.api.Spiking4jException;

/**
 * Walks the regular files of a gzipped tar archive (npm's tarballs: ustar with GNU long names and
 * PAX headers) without unpacking it to disk. Apache Commons Compress parses the archive; this class
 * only turns its failures into one sentence naming the file and what to do.
 */
public final class TarGzReader {
    private static final int BUFFER_BYTES = 1 << 16;

    /** One regular file in the archive. */
    public record Entry(String name, long size) {
    }

    /** Receives each regular file; the content stream ends with the entry and need not be read. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Entry entry, InputStream content) throws IOException;
    }

    private TarGzReader() {
    }

    /** Calls {@code visitor} for each regular file in {@code archive}. */
    public static void read(Path archive, Visitor visitor) {
        try (InputStream in = Files.newInputStream(archive)) {
            read(in, archive.toString(), visitor);
        } catch (NoSuchFileException e) {
            throw new Spiking4jException("The archive " + archive + " does not exist.", e);
        } catch (IOException e) {
            throw new Spiking4jException("Could not read the archive " + archive + ": " + e.getMessage() + ".", e);
        }
    }

    /** Calls {@code visitor} for each regular file in the gzipped tar stream {@code in}. */
    public static void read(InputStream in, String source, Visitor visitor) {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    visitor.visit(new Entry(entry.getName(), entry.getSize()), CloseShieldInputStream.wrap(tar));
                }
            }
        } catch (EOFException e) {
            throw truncated(source, e);
        } catch (ZipException e) {
            throw new Spiking4jException(source + " is not a gzipped tar archive (" + e.getMessage()
                    + "). Download it again.", e);
        } catch (IOException | IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("truncated")) {
                throw truncated(source, e);
            }
            throw new Spiking4jException(source + " has a damaged tar header (" + e.getMessage()
                    + "). Download it again.", e);
        }
    }

    private static Spiking4jException truncated(String source, Exception cause) {
        return new Spiking4jException(source + " is truncated: it ends in the middle of a tar entry. "
                + "Download it again.", cause);
    }
}
