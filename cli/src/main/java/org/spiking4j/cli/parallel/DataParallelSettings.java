package org.spiking4j.cli.parallel;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.spiking4j.api.Spiking4jException;

/**
 * How a model directory is trained data-parallel: the number of workers and the batches between
 * averages. Kept beside the checkpoint ({@value #FILE}) because a resumed run must cut the epochs
 * into the same shards and rounds to continue where it stopped.
 */
public record DataParallelSettings(int workers, int syncEvery) {
    public static final String FILE = "data-parallel.properties";

    public DataParallelSettings {
        if (workers < 1) {
            throw new Spiking4jException("--workers must be at least 1, got " + workers + ": it is the number of "
                    + "Spark tasks that each train one shard of every epoch (--workers 1 trains exactly as plain train).");
        }
        if (syncEvery < 1) {
            throw new Spiking4jException("--sync-every must be at least 1, got " + syncEvery + ": it is the number of "
                    + "batches every worker trains on its shard before the workers' states are averaged.");
        }
    }

    /** The settings a folder was trained with, or null when it was trained without --workers. */
    public static DataParallelSettings read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
            return new DataParallelSettings(Integer.parseInt(values.getProperty("workers")),
                    Integer.parseInt(values.getProperty("syncEvery")));
        } catch (IOException | RuntimeException e) {
            throw new Spiking4jException(file + " cannot be read (" + e.getMessage() + "); it should hold workers=N and "
                    + "syncEvery=K as the data-parallel run wrote them.", e);
        }
    }

    public void write(Path folder) {
        Properties values = new Properties();
        values.setProperty("workers", Integer.toString(workers));
        values.setProperty("syncEvery", Integer.toString(syncEvery));
        try (Writer writer = Files.newBufferedWriter(folder.resolve(FILE))) {
            values.store(writer, "spiking4j train --workers: a resumed run cuts its epochs the same way");
        } catch (IOException e) {
            throw new Spiking4jException("Cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
