package dev.memlayer.indexer.extract.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
