package dev.memlayer.indexer.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalDocumentBuilderTest {

    private static List<String> terms(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(" "));
    }

    private static FileFacts facts(List<SymbolFact> symbols, List<String> comments, List<String> strings) {
        return new FileFacts(symbols, List.of(), List.of(), List.of(), List.of(), comments, strings, 0);
    }

    private static SymbolFact symbol(String name, String doc) {
        return new SymbolFact("class", name, null, "class " + name, 1, 2, true, doc);
    }

    @Test
    void body_camelAndSnakeIdentifiers_keepWholeLowerCasedThenParts() {
        LexicalDocument doc = LexicalDocumentBuilder.build("HttpConnection c = parse_header(raw);", FileFacts.EMPTY);

        assertThat(terms(doc.body())).containsExactly(
                "httpconnection", "http", "connection", "parse_header", "parse", "header", "raw");
    }

    @Test
    void body_acronymsDigitsAndDollar_followIdentifierSplitter() {
        LexicalDocument doc = LexicalDocumentBuilder.build("XMLHttpRequest utf8Decoder $scope", FileFacts.EMPTY);

        assertThat(terms(doc.body())).containsExactly(
                "xmlhttprequest", "xml", "http", "request", "utf8decoder", "utf", "decoder", "scope");
    }

    @Test
    void body_numbersSingleCharsAndLongTokens_areLeftOut() {
        String hash = "a".repeat(LexicalDocumentBuilder.MAX_TERM_CHARS + 1);
        LexicalDocument doc = LexicalDocumentBuilder.build("x = 0x1F + 42; i++; __ " + hash + " ok", FileFacts.EMPTY);

        assertThat(terms(doc.body())).containsExactly("ok");
    }

    @Test
    void body_stringLiteralAndCommentWords_areInTheTextScan() {
        String text = "// retries the upstream\nthrow new IllegalStateException(\"connection refused by proxy\");";

        LexicalDocument doc = LexicalDocumentBuilder.build(text, facts(List.of(), List.of("retries the upstream"),
                List.of("connection refused by proxy")));

        assertThat(terms(doc.body())).contains("retries", "upstream", "refused", "proxy", "illegalstateexception");
        assertThat(terms(doc.body())).filteredOn("proxy"::equals).hasSize(1); // strings are not added twice
    }

    @Test
    void body_repeatedTerm_keptAtMostMaxOccurrences() {
        LexicalDocument doc = LexicalDocumentBuilder.build("foo ".repeat(50) + "bar", FileFacts.EMPTY);

        assertThat(terms(doc.body())).filteredOn("foo"::equals).hasSize(LexicalDocumentBuilder.MAX_OCCURRENCES);
        assertThat(terms(doc.body())).endsWith("bar");
    }

    @Test
    void symbols_namesWholeAndSplit_docsFromSymbolDocsAndComments() {
        FileFacts facts = facts(List.of(symbol("HttpConnection", "Opens a pooled socket."), symbol("close", null)),
                List.of("TODO: handle retryBackoff"), List.of());

        LexicalDocument doc = LexicalDocumentBuilder.build("class HttpConnection {}", facts);

        assertThat(terms(doc.symbols())).containsExactly("httpconnection", "http", "connection", "close");
        assertThat(terms(doc.docs())).containsExactly(
                "opens", "pooled", "socket", "todo", "handle", "retrybackoff", "retry", "backoff");
    }

    @Test
    void emptyFacts_stillGiveBodyTerms() {
        LexicalDocument doc = LexicalDocumentBuilder.build("# Release notes\nFixed the cache eviction.\n",
                FileFacts.EMPTY);

        assertThat(doc.symbols()).isEmpty();
        assertThat(doc.docs()).isEmpty();
        assertThat(terms(doc.body())).containsExactly("release", "notes", "fixed", "the", "cache", "eviction");
    }

    @Test
    void generatedFile_everyColumnIsCapped() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            huge.append("generatedName").append(i).append(' ');
        }
        List<SymbolFact> symbols = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            symbols.add(symbol("Symbol" + i, "documented thing " + i + " of many " + "word" + i));
        }

        LexicalDocument doc = LexicalDocumentBuilder.build(huge, facts(symbols, List.of(), List.of()));

        assertThat(doc.body().length()).isLessThanOrEqualTo(LexicalDocumentBuilder.MAX_BODY_CHARS)
                .isGreaterThan(LexicalDocumentBuilder.MAX_BODY_CHARS - 100);
        assertThat(doc.symbols().length()).isLessThanOrEqualTo(LexicalDocumentBuilder.MAX_SYMBOLS_CHARS);
        assertThat(doc.docs().length()).isLessThanOrEqualTo(LexicalDocumentBuilder.MAX_DOCS_CHARS);
    }
}
