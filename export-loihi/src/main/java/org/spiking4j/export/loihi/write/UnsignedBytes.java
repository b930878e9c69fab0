package org.spiking4j.export.loihi.write;

import io.jhdf.api.WritableDataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import java.lang.reflect.Field;

/**
 * jHDF 0.9.4 writes every Java byte array as signed int8, but the vectors file promises uint8
 * (§3.4). The bytes on disk are the same either way; only the datatype message's signed flag
 * differs. jHDF builds a fresh FixedPoint for each dataset and encodes the message from it at
 * close(), so clearing that instance's flag before closing yields a true uint8 dataset.
 */
final class UnsignedBytes {
    private static final String SIGNED_FIELD = "signed";

    private UnsignedBytes() {
    }

    static void markUnsigned(WritableDataset dataset) {
        DataType type = dataset.getDataType();
        if (!(type instanceof FixedPoint fixedPoint) || fixedPoint.getSize() != 1) {
            throw new IllegalStateException("Expected a 1-byte integer dataset, got " + type + ".");
        }
        try {
            Field signed = FixedPoint.class.getDeclaredField(SIGNED_FIELD);
            signed.setAccessible(true);
            signed.setBoolean(fixedPoint, false);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This jHDF version does not let spiking4j write uint8 datasets "
                    + "(FixedPoint." + SIGNED_FIELD + " is not accessible); it was built against io.jhdf:jhdf:0.9.4.", e);
        }
        if (fixedPoint.isSigned()) {
            throw new IllegalStateException("jHDF kept the uint8 dataset signed.");
        }
    }
}
