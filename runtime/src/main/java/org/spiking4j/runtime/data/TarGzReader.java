package org.spiking4j.runtime.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.spiking4j.api.Spiking4jException;

/**
 * Walks the entries of a gzipped tar archive (POSIX ustar, with the GNU long-name and PAX path and
 * size extensions that npm's tarballs may use) without unpacking it to disk.
 */
public final class TarGzReader {

    /** One regular file in the archive. */
    public record Entry(String name, long size) {
    }

    /** Receives each regular file; the content stream ends with the entry and need not be read. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Entry entry, InputStream content) throws IOException;
    }

    private static final int BLOCK = 512;
    private static final int NAME_OFFSET = 0;
    private static final int NAME_LENGTH = 100;
    private static final int SIZE_OFFSET = 124;
    private static final int SIZE_LENGTH = 12;
    private static final int CHECKSUM_OFFSET = 148;
    private static final int CHECKSUM_LENGTH = 8;
    private static final int TYPE_OFFSET = 156;
    private static final int MAGIC_OFFSET = 257;
    private static final int PREFIX_OFFSET = 345;
    private static final int PREFIX_LENGTH = 155;
    private static final int BASE_256_FLAG = 0x80;
    private static final char REGULAR = '0';
    private static final char OLD_REGULAR = '\0';
    private static final char GNU_LONG_NAME = 'L';
    private static final char PAX_HEADER = 'x';
    private static final int BUFFER_BYTES = 1 << 16;

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
        try {
            InputStream tar = new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES);
            walk(tar, source, visitor);
        } catch (EOFException e) {
            throw new Spiking4jException(source + " is truncated: it ends in the middle of a tar entry. "
                    + "Download it again.", e);
        } catch (java.util.zip.ZipException e) {
            throw new Spiking4jException(source + " is not a gzipped tar archive (" + e.getMessage()
                    + "). Download it again.", e);
        } catch (IOException e) {
            throw new Spiking4jException("Could not read the archive " + source + ": " + e.getMessage() + ".", e);
        }
    }

    private static void walk(InputStream tar, String source, Visitor visitor) throws IOException {
        byte[] header = new byte[BLOCK];
        String pendingName = null;
        long pendingSize = -1;
        while (readBlock(tar, header)) {
            if (isZeroBlock(header)) {
                return;
            }
            checkHeader(header, source);
            char type = (char) header[TYPE_OFFSET];
            long size = pendingSize >= 0 ? pendingSize : size(header, source);
            String name = pendingName != null ? pendingName : name(header);
            long stored = size(header, source);
            pendingName = null;
            pendingSize = -1;
            if (type == GNU_LONG_NAME) {
                pendingName = trimNul(new String(readContent(tar, stored), StandardCharsets.UTF_8));
            } else if (type == PAX_HEADER) {
                Pax pax = Pax.parse(new String(readContent(tar, stored), StandardCharsets.UTF_8), source);
                pendingName = pax.path();
                pendingSize = pax.size();
            } else if (type == REGULAR || type == OLD_REGULAR) {
                BoundedStream content = new BoundedStream(tar, size);
                visitor.visit(new Entry(name, size), content);
                content.skipRest();
                skipFully(tar, padding(size));
            } else {
                skipFully(tar, stored + padding(stored));
            }
        }
        // Some writers omit the two closing zero blocks; a clean end of stream between entries is fine.
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int done = 0;
        while (done < BLOCK) {
            int n = in.read(block, done, BLOCK - done);
            if (n < 0) {
                if (done == 0) {
                    return false;
                }
                throw new EOFException("Tar header cut short.");
            }
            done += n;
        }
        return true;
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The header checksum catches a file that is gzip but not tar, or a damaged tar. */
    private static void checkHeader(byte[] header, String source) {
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            boolean inChecksum = i >= CHECKSUM_OFFSET && i < CHECKSUM_OFFSET + CHECKSUM_LENGTH;
            unsigned += inChecksum ? ' ' : Byte.toUnsignedInt(header[i]);
            signed += inChecksum ? ' ' : header[i];
        }
        long recorded = octal(header, CHECKSUM_OFFSET, CHECKSUM_LENGTH, source);
        if (recorded != unsigned && recorded != signed) {
            throw new Spiking4jException(source + " has a damaged tar header (checksum " + recorded + ", computed "
                    + unsigned + "): it is not a tar archive or it is corrupt. Download it again.");
        }
    }

    private static String name(byte[] header) {
        String name = field(header, NAME_OFFSET, NAME_LENGTH);
        boolean ustar = new String(header, MAGIC_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? field(header, PREFIX_OFFSET, PREFIX_LENGTH) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static long size(byte[] header, String source) {
        if ((header[SIZE_OFFSET] & BASE_256_FLAG) != 0) {
            // GNU base-256: big-endian binary after the flag bit, for entries of 8 GiB and more.
            long value = header[SIZE_OFFSET] & ~BASE_256_FLAG & 0xFF;
            for (int i = 1; i < SIZE_LENGTH; i++) {
                value = (value << 8) | Byte.toUnsignedInt(header[SIZE_OFFSET + i]);
            }
            return value;
        }
        return octal(header, SIZE_OFFSET, SIZE_LENGTH, source);
    }

    private static long octal(byte[] header, int offset, int length, String source) {
        String text = field(header, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new Spiking4jException(source + " has a damaged tar header (the number '" + text
                    + "' is not octal): it is not a tar archive or it is corrupt. Download it again.", e);
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String trimNul(String text) {
        int nul = text.indexOf('\0');
        return nul >= 0 ? text.substring(0, nul) : text;
    }

    private static byte[] readContent(InputStream tar, long size) throws IOException {
        byte[] content = tar.readNBytes(Math.toIntExact(size));
        if (content.length < size) {
            throw new EOFException("Tar extension header cut short.");
        }
        skipFully(tar, padding(size));
        return content;
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        in.skipNBytes(count);
    }

    /** The path and size a PAX extended header overrides; -1 / null where it does not. */
    private record Pax(String path, long size) {
        static Pax parse(String records, String source) {
            try {
                return parseRecords(records);
            } catch (RuntimeException e) {
                throw new Spiking4jException(source + " has a damaged PAX extended header in its tar stream: "
                        + "it is corrupt. Download it again.", e);
            }
        }

        private static Pax parseRecords(String records) {
            String path = null;
            long size = -1;
            int at = 0;
            while (at < records.length()) {
                int space = records.indexOf(' ', at);
                if (space < 0) {
                    break;
                }
                int length = Integer.parseInt(records.substring(at, space));
                String record = records.substring(space + 1, at + length - 1);
                int equals = record.indexOf('=');
                String key = record.substring(0, equals);
                String value = record.substring(equals + 1);
                if (key.equals("path")) {
                    path = value;
                } else if (key.equals("size")) {
                    size = Long.parseLong(value);
                }
                at += length;
            }
            return new Pax(path, size);
        }
    }

    /** The bytes of one entry; closing it leaves the archive stream open. */
    private static final class BoundedStream extends FilterInputStream {
        private long remaining;

        BoundedStream(InputStream in, long size) {
            super(in);
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Tar entry cut short.");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new EOFException("Tar entry cut short.");
            }
            remaining -= n;
            return n;
        }

        @Override
        public long skip(long count) throws IOException {
            long skipped = in.skip(Math.min(count, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The archive stream stays open for the next entry.
        }

        void skipRest() throws IOException {
            in.skipNBytes(remaining);
            remaining = 0;
        }
    }
}
