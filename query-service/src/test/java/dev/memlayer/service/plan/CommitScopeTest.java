package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitScopeTest {

    @Test
    void leadingWordOrPathBeforeAColonIsTheScope() {
        assertThat(CommitScope.of("tpl: Get rid of the custom template truth logic")).contains("tpl");
        assertThat(CommitScope.of("resources/page: Add :slugorfilename attribute")).contains("resources/page");
        assertThat(CommitScope.of("  Markdown: keep hard breaks")).contains("markdown");
    }

    @Test
    void conventionalCommitScopeInParentheses() {
        assertThat(CommitScope.of("fix(router): trailing slash redirect")).contains("router");
        assertThat(CommitScope.of("feat(core)!: drop the old API")).contains("core");
    }

    @Test
    void typesPlainSentencesAndLaterColonsAreNoScope() {
        assertThat(CommitScope.of("fix: handle nil maps")).isEmpty();
        assertThat(CommitScope.of("Feat: add a flag")).isEmpty();
        assertThat(CommitScope.of("Fix the parser: it drops comments")).isEmpty();
        assertThat(CommitScope.of("Support HEAD, OPTIONS, TRACE")).isEmpty();
        assertThat(CommitScope.of("1234: something")).isEmpty();
        assertThat(CommitScope.of("see https://example.com/x for details")).isEmpty();
    }

    @Test
    void coversWholeSegmentsAndTheirParts() {
        assertThat(CommitScope.covers("tpl", "tpl/internal/go_templates")).isTrue();
        assertThat(CommitScope.covers("markdown", "src/language-markdown")).isTrue();
        assertThat(CommitScope.covers("resources/page", "resources/page")).isTrue();
        assertThat(CommitScope.covers("resources/page", "hugo/resources/page/pagemeta")).isTrue();
        assertThat(CommitScope.covers("resources/page", "resources/pages")).isFalse();
        assertThat(CommitScope.covers("tpl", "tplimpl")).isFalse();
        assertThat(CommitScope.covers("tpl", "")).isFalse();
    }

    @Test
    void covers_plainWord_agreesWithSplittingOnSeparators() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab/-_.A";
        for (int i = 0; i < 20_000; i++) {
            String dir = randomText(random, alphabet, 1 + random.nextInt(12));
            String scope = randomText(random, "ab-_.", 1 + random.nextInt(3));
            assertThat(CommitScope.covers(scope, dir)).as("%s in %s", scope, dir).isEqualTo(bySplitting(scope, dir));
        }
        assertThat(CommitScope.covers("go", "tpl/internal/go_templates")).isTrue();
        assertThat(CommitScope.covers("foo-bar", "src/foo-bar/x")).isTrue();
        assertThat(CommitScope.covers("github", ".github/workflows")).isTrue();
        assertThat(CommitScope.covers("temp", "tpl/internal/go_templates")).isFalse();
    }

    /** The rule as first written: segments by '/', their parts by a regular expression. */
    private static boolean bySplitting(String scope, String directory) {
        String dir = directory.toLowerCase(java.util.Locale.ROOT);
        for (String segment : dir.split("/")) {
            if (segment.equals(scope)) {
                return true;
            }
            for (String part : segment.split("[-_.]")) {
                if (part.equals(scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
