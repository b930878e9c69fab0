package org.spiking4j.runtime.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small gzipped ustar archives in memory for tests, with the header fields npm's tarballs use. */
final class TestTarWriter {

    private static final int BLOCK = 512;

    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

    TestTarWriter file(String name, byte[] content) {
        return entry(name, '0', content);
    }

    TestTarWriter folder(String name) {
        return entry(name, '5', new byte[0]);
    }

    /** A PAX extended header giving the next entry a long path. */
    TestTarWriter paxPath(String path) {
        String body = " path=" + path + "\n";
        int length = body.length();
        String record = (length + String.valueOf(length).length()) + body;
        if (record.length() != Integer.parseInt(record.substring(0, record.indexOf(' ')))) {
            record = (length + String.valueOf(length).length() + 1) + body;
        }
        return entry("PaxHeader", 'x', record.getBytes(StandardCharsets.UTF_8));
    }

    /** The gzipped archive, closed with the two zero blocks tar writes. */
    byte[] toTarGz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(tar.toByteArray());
            gz.write(new byte[2 * BLOCK]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private TestTarWriter entry(String name, char type, byte[] content) {
        byte[] header = new byte[BLOCK];
        put(header, 0, name.length() > 100 ? name.substring(0, 100) : name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, "00000000000");
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int sum = 0;
        for (byte b : header) {
            sum += Byte.toUnsignedInt(b);
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        tar.writeBytes(header);
        tar.writeBytes(content);
        tar.writeBytes(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
        return this;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
