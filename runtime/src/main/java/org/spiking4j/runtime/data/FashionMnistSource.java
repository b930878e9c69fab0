package org.spiking4j.runtime.data;

import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;

/**
 * Fashion-MNIST: gzipped IDX files from {@code --data}, or else from where Debian's
 * dataset-fashion-mnist package installs them.
 */
public final class FashionMnistSource implements DatasetSource {

    public static final String ID = "fashion-mnist";
    public static final int CLASSES = 10;
    public static final Path DEFAULT_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Fashion-MNIST: IDX files from --data, or else from " + DEFAULT_FOLDER
                + " (apt-get install dataset-fashion-mnist).";
    }

    @Override
    public LabeledDataset load(Path folder, Path cacheFolder) {
        if (folder == null && IdxFiles.find(DEFAULT_FOLDER).isEmpty()) {
            throw new Spiking4jException("Fashion-MNIST is not installed in " + DEFAULT_FOLDER + ". Install it with "
                    + "'apt-get install dataset-fashion-mnist' (Debian and Ubuntu), or pass --data DIR with a folder "
                    + "holding " + IdxFiles.expectedNames() + " (each may end in .gz).");
        }
        Path source = folder != null ? folder : DEFAULT_FOLDER;
        return IdxFiles.locate(source).load(ID, "Fashion-MNIST IDX files in " + source, CLASSES);
    }
}
