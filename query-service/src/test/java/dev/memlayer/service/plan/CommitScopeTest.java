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
}
