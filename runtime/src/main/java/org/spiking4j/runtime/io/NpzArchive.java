package org.spiking4j.runtime.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.spiking4j.api.Spiking4jException;

/**
 * NumPy's .npz archives: a zip of .npy files, one per named array, stored or deflated (as
 * {@code numpy.savez} and {@code numpy.savez_compressed} write them).
 */
public final class NpzArchive {

    private static final String NPY_SUFFIX = ".npy";
    /** A fixed entry time (the zip epoch, 1980-01-01) makes equal content give equal archive bytes. */
    private static final long ENTRY_TIME_MILLIS = 315_532_800_000L;

    private NpzArchive() {
    }

    /** Every array in the archive, keyed by entry name without ".npy", in archive order. */
    public static Map<String, NdArray> read(Path archive) {
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = open(archive)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (isArray(entry)) {
                    arrays.put(key(entry), readEntry(zip, entry, archive));
                }
            }
        } catch (IOException e) {
            throw unreadable(archive, e);
        }
        return Collections.unmodifiableMap(arrays);
    }

    /** The array names in the archive, in archive order, without reading any data. */
    public static List<String> keys(Path archive) {
        List<String> keys = new ArrayList<>();
        try (ZipFile zip = open(archive)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (isArray(entry)) {
                    keys.add(key(entry));
                }
            }
        } catch (IOException e) {
            throw unreadable(archive, e);
        }
        return List.copyOf(keys);
    }

    /** One array, read without decoding the others. */
    public static NdArray read(Path archive, String key) {
        try (ZipFile zip = open(archive)) {
            ZipEntry entry = zip.getEntry(key + NPY_SUFFIX);
            if (entry == null) {
                throw new Spiking4jException(archive + " has no array named '" + key + "'; it holds "
                        + keys(archive) + ". Check the name, or list the archive with numpy.load(path).files.");
            }
            return readEntry(zip, entry, archive);
        } catch (IOException e) {
            throw unreadable(archive, e);
        }
    }

    /** Writes the arrays, in map order, as a deflated archive; atomically, so readers never see half of it. */
    public static void write(Path archive, Map<String, NdArray> arrays) {
        AtomicFileWriter.write(archive, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, NdArray> named : arrays.entrySet()) {
                ZipEntry entry = new ZipEntry(named.getKey() + NPY_SUFFIX);
                entry.setTime(ENTRY_TIME_MILLIS);
                zip.putNextEntry(entry);
                NpyFormat.write(named.getValue(), zip);
                zip.closeEntry();
            }
            // finish, not close: the atomic writer still has to flush and sync the underlying file.
            zip.finish();
        });
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new Spiking4jException("The archive " + archive + " does not exist. Check the path.", e);
        } catch (ZipException e) {
            throw new Spiking4jException(archive + " is not a readable .npz archive (" + e.getMessage()
                    + "): it is truncated, damaged or not a zip file. Write or download it again, "
                    + "e.g. with numpy.savez_compressed.", e);
        }
    }

    private static NdArray readEntry(ZipFile zip, ZipEntry entry, Path archive) throws IOException {
        String source = archive + " (entry " + entry.getName() + ")";
        try (InputStream in = new BufferedInputStream(zip.getInputStream(entry))) {
            return NpyFormat.read(in, source, entry.getSize());
        }
    }

    private static boolean isArray(ZipEntry entry) {
        return !entry.isDirectory() && entry.getName().endsWith(NPY_SUFFIX);
    }

    private static String key(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(0, name.length() - NPY_SUFFIX.length());
    }

    private static Spiking4jException unreadable(Path archive, IOException e) {
        return new Spiking4jException("Could not read the archive " + archive + ": " + e.getMessage()
                + ". It is truncated or damaged; write or download it again.", e);
    }
}
