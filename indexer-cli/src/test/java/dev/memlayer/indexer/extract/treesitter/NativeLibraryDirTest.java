package dev.memlayer.indexer.extract.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryDirTest {

    @Test
    void aBuildUnpacksItsLibrariesIntoADirectoryOfItsOwnUnlessOneIsNamed() {
        String named = System.getProperty(NativeLibraryDir.PROPERTY);
        try {
            System.clearProperty(NativeLibraryDir.PROPERTY);
            NativeLibraryDir.ensure();
            String first = System.getProperty(NativeLibraryDir.PROPERTY);
            assertThat(first).matches(".*/memlayer/tree-sitter/[0-9a-f]{8}");
            assertThat(first).doesNotContain(".tree-sitter");

            System.clearProperty(NativeLibraryDir.PROPERTY);
            NativeLibraryDir.ensure();
            assertThat(System.getProperty(NativeLibraryDir.PROPERTY)).as("same build, same directory").isEqualTo(first);

            System.setProperty(NativeLibraryDir.PROPERTY, "/somewhere/else");
            NativeLibraryDir.ensure();
            assertThat(System.getProperty(NativeLibraryDir.PROPERTY)).isEqualTo("/somewhere/else");
        } finally {
            if (named == null) {
                System.clearProperty(NativeLibraryDir.PROPERTY);
            } else {
                System.setProperty(NativeLibraryDir.PROPERTY, named);
            }
        }
    }

    @Test
    void anotherBuildsDirectoryIsRemovedOnceUnusedForAWeek_ownAndRecentOnesStay(@TempDir Path cache) throws Exception {
        Path own = cache.resolve("0000000a");
        Path recent = Files.createDirectories(cache.resolve("0000000b"));
        Path old = Files.createDirectories(cache.resolve("0000000c"));
        Files.writeString(old.resolve("x86_64-linux-gnu-tree-sitter.so"), "library");
        Instant now = Instant.now();
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(8))));
        Files.setLastModifiedTime(recent, FileTime.from(now.minus(Duration.ofDays(6))));

        NativeLibraryDir.pruneOtherBuilds(cache, own, now.minus(NativeLibraryDir.UNUSED_FOR));

        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        NativeLibraryDir.pruneOtherBuilds(cache.resolve("missing"), own, now); // no cache yet: no error
    }
}
