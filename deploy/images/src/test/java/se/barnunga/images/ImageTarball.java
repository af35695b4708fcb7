package se.barnunga.images;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A docker-archive image tarball as Jib's {@code buildTar} writes it (the format of {@code docker save}): a
 * {@code manifest.json} naming the image's tags, its configuration file and its layers in order, the configuration
 * (user, entrypoint, environment, exposed ports, …) and one tar (gzip-compressed or not) per layer. Read with
 * commons-compress, which reads both the outer tar and the layers' gzip, rather than with tar parsing of our own.
 *
 * @param tags     {@code RepoTags} of the manifest
 * @param config   the image configuration's {@code config} object (Docker image JSON / OCI image config)
 * @param history  the configuration's {@code history} of the layers (one entry per layer, base layers first)
 * @param layers   the layers in order, base layers first
 */
record ImageTarball(List<String> tags, JsonNode config, JsonNode history, List<Layer> layers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One layer: its file name in the archive and its entries by path (without a leading {@code ./} or {@code /}). */
    record Layer(String file, Map<String, Entry> entries) {
    }

    /**
     * One file, directory or link of a layer.
     *
     * @param sha256 hex SHA-256 of a regular file's content, null for anything else
     */
    record Entry(String path, long uid, long gid, int mode, boolean directory, long size, String sha256) {
    }

    static ImageTarball read(Path tarball) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    files.put(normalize(e.getName()), tar.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(tarball + " is not a readable tar", e);
        }
        try {
            JsonNode manifest = JSON.readTree(required(files, "manifest.json", tarball)).get(0);
            JsonNode configFile = JSON.readTree(required(files, manifest.path("Config").asText(), tarball));
            List<String> tags = new ArrayList<>();
            manifest.path("RepoTags").forEach(t -> tags.add(t.asText()));
            List<Layer> layers = new ArrayList<>();
            for (JsonNode l : manifest.path("Layers")) {
                layers.add(new Layer(l.asText(), entries(required(files, l.asText(), tarball))));
            }
            // one history entry per layer: those marked empty_layer (ENV, USER … of a Dockerfile) made none
            com.fasterxml.jackson.databind.node.ArrayNode history = JSON.createArrayNode();
            configFile.path("history").forEach(h -> {
                if (!h.path("empty_layer").asBoolean(false)) {
                    history.add(h);
                }
            });
            return new ImageTarball(tags, configFile.path("config"), history, layers);
        } catch (IOException e) {
            throw new UncheckedIOException(tarball + ": unreadable manifest or configuration", e);
        }
    }

    /** The environment of the configuration as a map. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        config.path("Env").forEach(e -> {
            String s = e.asText();
            int eq = s.indexOf('=');
            env.put(s.substring(0, eq), s.substring(eq + 1));
        });
        return env;
    }

    List<String> entrypoint() {
        List<String> list = new ArrayList<>();
        config.path("Entrypoint").forEach(e -> list.add(e.asText()));
        return list;
    }

    /** Index of the layer that holds {@code path}, or -1. Later layers win, as in a container's file system. */
    int layerOf(String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).entries().containsKey(path)) {
                return i;
            }
        }
        return -1;
    }

    Entry entry(String path) {
        int i = layerOf(path);
        return i < 0 ? null : layers.get(i).entries().get(path);
    }

    private static Map<String, Entry> entries(byte[] layer) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream raw = new BufferedInputStream(new ByteArrayInputStream(layer));
             InputStream in = isGzip(layer) ? new CompressorStreamFactory().createCompressorInputStream(
                     CompressorStreamFactory.GZIP, raw) : raw;
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String sha = e.isFile() ? sha256(tar) : null;
                String path = normalize(e.getName());
                entries.put(path, new Entry(path, e.getLongUserId(), e.getLongGroupId(), e.getMode(), e.isDirectory(),
                        e.getSize(), sha));
            }
        } catch (CompressorException e) {
            throw new IOException(e);
        }
        return entries;
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static String normalize(String name) {
        String n = name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name;
        return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
    }

    private static byte[] required(Map<String, byte[]> files, String name, Path tarball) {
        byte[] content = files.get(normalize(name));
        if (content == null) {
            throw new IllegalStateException(tarball + " has no " + name + "; files: " + files.keySet());
        }
        return content;
    }
}
