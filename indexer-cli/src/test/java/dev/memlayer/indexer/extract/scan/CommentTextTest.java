package dev.memlayer.indexer.extract.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void stripsMarkersStarsAndBlankEdgeLines() {
        assertThat(CommentText.strip("/**\n * Parses a header.\n *\n * @param x the input\n */"))
                .isEqualTo("Parses a header.\n\n@param x the input");
        assertThat(CommentText.strip("// a line  ")).isEqualTo("a line");
        assertThat(CommentText.strip("/// doc")).isEqualTo("doc");
        assertThat(CommentText.strip("/**/")).isEmpty();
        assertThat(CommentText.strip("/*/")).isEqualTo("/");
        assertThat(CommentText.strip("/* a\r\n   *b */")).isEqualTo("a\nb");
    }

    private static final String[] PIECES = {"/*", "/**", "*/", "//", "///", "*", " ", "\t", "\n", "\r\n", "\u00a0",
        "\u2003", "word", "é", "\uD83D\uDE00", "**", "* x", "/**/"};

    @Test
    void sameTextAsBeforeOnRandomComments() {
        Random random = new Random(20261128);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String comment = s.toString();
            assertThat(CommentText.strip(comment)).as("%s", comment).isEqualTo(CommentTextBefore.strip(comment));
        }
    }
}
