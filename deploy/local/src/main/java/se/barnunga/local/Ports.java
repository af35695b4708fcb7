package se.barnunga.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ports on localhost: whether one is in use, and free ones for a run beside others. */
final class Ports {

    private Ports() {
    }

    /** Fails naming the busy ones if any of the ports (port → what it is for) is in use. */
    static void requireFree(java.util.Map<Integer, String> ports) {
        List<String> busy = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (inUse(port)) {
                busy.add(port + " (for " + user + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("port(s) already in use: " + String.join(", ", busy)
                    + "; stop what uses them (e.g. `ss -ltnp`) and start again");
        }
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            // nobody answers; can we bind it?
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true); // as the servers do: a connection in TIME_WAIT does not block them
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Free ports, all different, chosen below the kernel's ephemeral range
     * ({@code /proc/sys/net/ipv4/ip_local_port_range}): a port from that range, free when chosen, may be taken as the
     * local port of some outgoing connection before the server that is to listen on it starts.
     */
    static List<Integer> freeLocalPorts(int count) {
        int ephemeralLow = 32768;
        try {
            ephemeralLow = Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // not Linux: assume the usual range
        }
        int low = 20000;
        int high = Math.max(low + 1000, ephemeralLow) - 1;
        Random random = new Random();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int attempt = 0; held.size() < count && attempt < 1000; attempt++) {
                int port = low + random.nextInt(high - low);
                if (held.stream().anyMatch(s -> s.getLocalPort() == port) || inUse(port)) {
                    continue;
                }
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                try {
                    socket.bind(new InetSocketAddress(port));
                    held.add(socket);
                } catch (IOException e) {
                    socket.close();
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException("could not find " + count + " free ports between " + low + " and " + high);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
    }
}
