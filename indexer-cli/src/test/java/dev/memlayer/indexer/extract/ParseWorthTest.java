package dev.memlayer.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.Language;
import org.junit.jupiter.api.Test;

class ParseWorthTest {

    @Test
    void ordinarySourceIsParsed() {
        assertThat(ParseWorth.worthParsing(Language.JAVASCRIPT, 40_000, 1_000)).isTrue();
        assertThat(ParseWorth.worthParsing(Language.GO, 500_000, 12_000)).isTrue();
    }

    @Test
    void aMinifiedBundleIsLexicalOnly() {
        assertThat(ParseWorth.worthParsing(Language.JAVASCRIPT, 80_000, 7)).isFalse();
        assertThat(ParseWorth.worthParsing(Language.TYPESCRIPT, 300_000, 262)).isFalse();
    }

    @Test
    void aVeryLargeSourceFileIsLexicalOnly() {
        assertThat(ParseWorth.worthParsing(Language.JAVA, 600_000, 20_000)).isFalse();
    }

    @Test
    void shortFilesAndNonCodeAreNeverJudged() {
        assertThat(ParseWorth.worthParsing(Language.JAVASCRIPT, 3_000, 1)).isTrue(); // a one-line snippet
        assertThat(ParseWorth.worthParsing(Language.JSON, 90_000, 1)).isTrue(); // a one-line package.json
        assertThat(ParseWorth.worthParsing(Language.XML, 700_000, 10)).isTrue();
    }
}
