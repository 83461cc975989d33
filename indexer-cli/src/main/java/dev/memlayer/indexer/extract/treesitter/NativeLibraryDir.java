package dev.memlayer.indexer.extract.treesitter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Where the tree-sitter bindings unpack their native libraries: a directory of this build's own.
 *
 * <p>The bindings copy each library to one directory ({@code ~/.tree-sitter/lib} unless the system
 * property {@value #PROPERTY} names another) and rewrite the file in place whenever its checksum differs
 * from the copy on their classpath. Our libraries are rebuilt with optimisation ({@code tree-sitter-natives}),
 * so another program using the stock ones, or another memlayer build, would rewrite a library this JVM has
 * mapped — and crash it. Keyed by the jar holding the libraries (its path, size and time), two builds never
 * share a directory and one build always reuses its own. The first run of a build removes the directories
 * of other builds not touched for {@link #UNUSED_FOR}, so upgrades do not pile up copies (~3 MB each); a
 * build whose directory was removed while still installed just unpacks its libraries again.
 */
final class NativeLibraryDir {

    static final String PROPERTY = "tree-sitter-lib";
    private static final String CORE_LIBRARY = "lib/x86_64-linux-gnu-tree-sitter.so";
    static final Duration UNUSED_FOR = Duration.ofDays(7);

    private NativeLibraryDir() {
    }

    /** Sets {@value #PROPERTY} unless already set; before the bindings load their first library. */
    static synchronized void ensure() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            pruneOtherBuilds(directory.getParent(), directory, Instant.now().minus(UNUSED_FOR));
        }
        System.setProperty(PROPERTY, directory.toString());
    }

    /** Deletes the directories in {@code parent} but {@code keep} last modified before {@code before}; best effort. */
    static void pruneOtherBuilds(Path parent, Path keep, Instant before) {
        try (Stream<Path> builds = Files.list(parent)) {
            builds.filter(d -> !d.equals(keep) && Files.isDirectory(d) && modifiedBefore(d, before))
                    .forEach(NativeLibraryDir::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // no cache yet, or not ours to clean: nothing is lost by leaving it
        }
    }

    private static boolean modifiedBefore(Path dir, Instant before) {
        try {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // in use or not ours: left for a later run
        }
    }

    private static Path directory() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("memlayer").resolve("tree-sitter").resolve(key());
    }

    /** The identity of the jar (or folder) the core library comes from. */
    private static String key() {
        URL url = NativeLibraryDir.class.getClassLoader().getResource(CORE_LIBRARY);
        String identity = "none";
        if (url != null) {
            identity = url.toString();
            try {
                URLConnection connection = url.openConnection();
                File file = connection instanceof JarURLConnection jar
                        ? new File(jar.getJarFileURL().toURI())
                        : new File(url.toURI());
                identity += "|" + file.length() + "|" + file.lastModified();
            } catch (Exception e) {
                // the URL alone still separates builds in different places
            }
        }
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
