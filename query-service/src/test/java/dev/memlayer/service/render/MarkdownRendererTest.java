package dev.memlayer.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void oneLine_collapsesEachWhitespaceRunToOneSpace_andStrips() {
        assertThat(MarkdownRenderer.oneLine("  int\n\t f( a,\r\n  b)  ")).isEqualTo("int f( a, b)");
        assertThat(MarkdownRenderer.oneLine("BM25 1.20\u000B\f(rank 1)")).isEqualTo("BM25 1.20 (rank 1)");
        assertThat(MarkdownRenderer.oneLine("")).isEmpty();
        assertThat(MarkdownRenderer.oneLine(" \n ")).isEmpty();
        // non-breaking and other Unicode spaces are not collapsed (as regex \s leaves them), only stripped at the ends
        assertThat(MarkdownRenderer.oneLine("a\u00a0\u00a0b\u2003")).isEqualTo("a\u00a0\u00a0b");
    }

    @Test
    void oneLine_sameAsTheRegexItReplaced_onRandomText() {
        char[] alphabet = {'a', 'Z', '(', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00a0', '\u2003', '\u3000', 'é'};
        Random r = new Random(7);
        for (int c = 0; c < 2000; c++) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                s.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertThat(MarkdownRenderer.oneLine(text)).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(text.replaceAll("\\s+", " ").strip());
        }
    }

    @Test
    void contentsNote_namesTheTestsAfterTheReason_andIsTheReasonAloneWithoutTests() {
        assertThat(MarkdownRenderer.contentsNote("lexical: BM25 9.6 (rank 1)", java.util.List.of("t/ATest.java",
                "t/BTest.java"))).isEqualTo("lexical: BM25 9.6 (rank 1) · tests: `t/ATest.java`, `t/BTest.java`");
        assertThat(MarkdownRenderer.contentsNote("", java.util.List.of("t/ATest.java")))
                .isEqualTo("tests: `t/ATest.java`");
        assertThat(MarkdownRenderer.contentsNote("path: named", java.util.List.of())).isEqualTo("path: named");
        assertThat(MarkdownRenderer.contentsLine(2, "src/A.java", "outline",
                MarkdownRenderer.contentsNote("path: named", java.util.List.of("t/ATest.java"))))
                .isEqualTo("2. `src/A.java` outline — path: named · tests: `t/ATest.java`\n");
    }

    @Test
    void notFound_namesThreePinnedPathsAtMost_clipped_andIsEmptyWithoutAny() {
        assertThat(MarkdownRenderer.notFound(java.util.List.of())).isEmpty();
        assertThat(MarkdownRenderer.notFound(java.util.List.of("src/Typo.java")))
                .isEqualTo("Pinned but not in this snapshot: `src/Typo.java`\n");
        String longPath = "a/".repeat(80) + "B.java";
        assertThat(MarkdownRenderer.notFound(java.util.List.of("a.java", longPath, "c.java", "d.java", "e.java")))
                .startsWith("Pinned but not in this snapshot: `a.java`, `a/a/")
                .contains("…`, `c.java` and 2 more\n")
                .doesNotContain("d.java");
    }

    @Test
    void notFound_rendersARequestsOddPathSafely() {
        // a lone surrogate is no UTF-8 (the tokenizer refuses it), a backtick would end the code span
        assertThat(MarkdownRenderer.notFound(java.util.List.of("src/\udc22x`y\u0007.java")))
                .isEqualTo("Pinned but not in this snapshot: `src/\uFFFDx'y?.java`\n");
    }
}
