package org.spiking4j.runtime.data;

import java.nio.file.Path;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;

/**
 * A dataset saved by NumPy as trainX.npy, trainY.npy, testX.npy and testY.npy in the {@code --data}
 * folder: images (N, 784) or (N, 28, 28) as floats in [0, 1] or uint8, labels as integers (N,)
 * or one-hot rows (N, classes).
 */
public final class NpyFolderSource implements DatasetSource {

    public static final String ID = "npy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NumPy arrays trainX.npy, trainY.npy, testX.npy, testY.npy in the --data folder; images as floats "
                + "in [0, 1] or uint8, labels as class indices or one-hot rows.";
    }

    @Override
    public LabeledDataset load(Path folder, Path cacheFolder) {
        NpyFiles files = NpyFiles.locate(DataFolders.require(folder, ID, NpyFiles.expectedNames()));
        return files.load(DataFolders.nameOf(folder), "NumPy arrays in " + folder + " (" + files.fileNames() + ")");
    }
}
