package org.spiking4j.runtime.data;

import java.nio.file.Path;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;

/**
 * Any MNIST-style dataset as four IDX files in the {@code --data} folder. The number of classes is
 * one more than the largest label, so sets other than digits (letters, say) work too.
 */
public final class IdxFolderSource implements DatasetSource {

    public static final String ID = "idx";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "MNIST-style IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, "
                + "t10k-labels-idx1-ubyte, each optionally .gz) in the --data folder.";
    }

    @Override
    public LabeledDataset load(Path folder, Path cacheFolder) {
        IdxFiles files = IdxFiles.locate(DataFolders.require(folder, ID, IdxFiles.expectedNames()));
        return files.load(DataFolders.nameOf(folder), "IDX files in " + folder + " (" + files.fileNames() + ")");
    }
}
