package org.spiking4j.scaleout.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.spiking4j.api.Spiking4jException;

/**
 * Checks that a standalone master accepts connections before Spark is started, so that a wrong
 * address is one sentence within the timeout rather than Spark's minute of registration retries.
 */
final class MasterReachability {
    private final Duration timeout;

    MasterReachability(Duration timeout) {
        this.timeout = timeout;
    }

    void check(SparkMaster master) {
        if (!master.standalone()) {
            return;
        }
        StringBuilder problems = new StringBuilder();
        for (String address : master.standaloneAddresses()) {
            String problem = tryConnect(address.trim());
            if (problem == null) {
                return;
            }
            problems.append(problems.length() == 0 ? "" : "; ").append(problem);
        }
        throw new Spiking4jException("Cannot reach the Spark master " + master.url() + ": " + problems
                + ". Start the master (and a worker) there, or check the host and port given to --master; "
                + "without --master the sweep runs on this machine.");
    }

    private String tryConnect(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            return "'" + address + "' is not HOST:PORT";
        }
        String host = address.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "the port of '" + address + "' is not a number";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            return null;
        } catch (IOException e) {
            return "nothing accepted a connection at " + address + " within " + timeout.toSeconds() + " s ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }
}
