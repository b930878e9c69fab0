package org.spiking4j.runtime.data;

import java.nio.file.Path;
import java.util.Optional;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;

/**
 * Kuzushiji-MNIST from the {@code --data} folder, in whichever form it holds: the IDX files, the
 * authors' kmnist-*.npz archives, or trainX.npy-style arrays.
 */
public final class KmnistSource implements DatasetSource {

    public static final String ID = "kmnist";
    public static final int CLASSES = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Kuzushiji-MNIST from the --data folder: IDX files, kmnist-*.npz archives or trainX.npy-style arrays.";
    }

    @Override
    public LabeledDataset load(Path folder, Path cacheFolder) {
        DataFolders.require(folder, ID, expectedFiles());
        Optional<IdxFiles> idx = IdxFiles.find(folder);
        if (idx.isPresent()) {
            return idx.get().load(ID, "K-MNIST IDX files in " + folder, CLASSES);
        }
        Optional<KmnistNpzFiles> npz = KmnistNpzFiles.find(folder);
        if (npz.isPresent()) {
            return npz.get().load(ID, "K-MNIST .npz archives in " + folder, CLASSES);
        }
        Optional<NpyFiles> npy = NpyFiles.find(folder);
        if (npy.isPresent()) {
            return npy.get().load(ID, "K-MNIST .npy arrays in " + folder, CLASSES);
        }
        throw new Spiking4jException("The folder " + folder + " holds no K-MNIST files. It needs one of three sets: "
                + expectedFiles() + ".");
    }

    private static String expectedFiles() {
        return "the IDX files " + IdxFiles.expectedNames() + " (each may end in .gz); or the archives "
                + KmnistNpzFiles.expectedNames() + "; or the arrays " + NpyFiles.expectedNames();
    }
}
