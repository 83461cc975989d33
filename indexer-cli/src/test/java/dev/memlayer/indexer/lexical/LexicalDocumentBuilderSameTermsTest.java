package dev.memlayer.indexer.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass builder gives the same documents as the builder it replaced, on random texts mixing
 * identifiers of every shape, separators, digits, non-ASCII letters and surrogates, and on texts long
 * enough to fill every column (where the new one stops early).
 */
class LexicalDocumentBuilderSameTermsTest {

    private static final String[] PIECES = {"HttpConnection", "parse_header2", "$scope", "__init__", "URLParser",
        "x", "ab", "0x1F", "42abc", "a$b", "Ärger", "naïve", "日本語", "\uD83D\uDE00", "i18n", "XMLHttpRequest", "_",
        "$", "--", "snake_case_name", "camelCaseName", "ALLCAPS", "mixed123Digits45"};
    private static final String SEPARATORS = " \n\t.,;:()[]{}<>=+-*/\"'`#@!?\\|&^%~\u00a0\u2028é";

    @Test
    void sameDocumentsAsBeforeOnRandomText() {
        Random random = new Random(20261128);
        for (int round = 0; round < 400; round++) {
            int words = round % 100 == 0 ? 20_000 : random.nextInt(200);
            String text = randomText(random, words);
            FileFacts facts = randomFacts(random);
            assertThat(LexicalDocumentBuilder.build(text, facts))
                    .as("round %d", round)
                    .isEqualTo(LexicalDocumentBuilderBefore.build(text, facts));
        }
    }

    @Test
    void fullColumnsStopAtTheSameTerm() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("name").append(i).append(i % 7 == 0 ? "Part " : "_x ");
        }
        LexicalDocument doc = LexicalDocumentBuilder.build(text, FileFacts.EMPTY);
        assertThat(doc.body().length()).isLessThanOrEqualTo(LexicalDocumentBuilder.MAX_BODY_CHARS)
                .isGreaterThan(LexicalDocumentBuilder.MAX_BODY_CHARS - 70);
        assertThat(doc).isEqualTo(LexicalDocumentBuilderBefore.build(text, FileFacts.EMPTY));
    }

    /**
     * Past the per-thread cache's bound the cache starts over, between documents only: documents with
     * more distinct identifiers in all than it keeps come out as the reference builder makes them.
     */
    @Test
    void sameDocumentsPastTheCacheBound() {
        Random random = new Random(7);
        for (int doc = 0; doc < 70; doc++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 1_000; i++) {
                String common = PIECES[random.nextInt(PIECES.length)];
                text.append("doc").append(doc).append("Name").append(i).append(' ').append(common).append('\n');
            }
            FileFacts facts = randomFacts(random);
            assertThat(LexicalDocumentBuilder.build(text, facts)).as("document %d", doc)
                    .isEqualTo(LexicalDocumentBuilderBefore.build(text, facts));
        }
    }

    private static String randomText(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (random.nextInt(4) == 0) {
                for (int k = random.nextInt(12); k > 0; k--) {
                    s.append((char) (random.nextInt(5) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95)));
                }
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    s.append(random.nextInt(1000));
                }
            }
            s.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
        }
        return s.toString();
    }

    private static FileFacts randomFacts(Random random) {
        List<SymbolFact> symbols = new ArrayList<>();
        for (int i = random.nextInt(30); i > 0; i--) {
            symbols.add(new SymbolFact("function", randomText(random, 1 + random.nextInt(3)).strip(), null, "sig",
                    1, 2, true, random.nextBoolean() ? randomText(random, random.nextInt(40)) : null));
        }
        List<String> comments = new ArrayList<>();
        for (int i = random.nextInt(10); i > 0; i--) {
            comments.add(randomText(random, random.nextInt(60)));
        }
        return new FileFacts(symbols, List.of(), List.of(), List.of(), List.of(), comments, List.of(), 0);
    }
}
