package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskParserTest {

    @Test
    void terms_dropStopWordsAndBoilerplate_keepWholeIdentifiersAndParts() {
        TaskQuery q = TaskParser.parse("Fix the bug where HttpConnection should retry when parse_header fails");

        assertThat(q.terms()).containsSubsequence("httpconnection", "http", "connection", "retry", "parse_header",
                "parse", "header", "fails");
        assertThat(q.terms()).doesNotContain("fix", "the", "bug", "where", "should", "when");
    }

    @Test
    void headTerms_countTheFirstLinesTerms_whichLeadTheList() {
        TaskQuery q = TaskParser.parse("\n  Make jsonify end responses with a newline\n\nThis came up when curl printed"
                + " the response; jsonify output now ends with a newline.");

        assertThat(q.terms().subList(0, q.headTerms())).containsExactly("jsonify", "end", "responses", "newline");
        assertThat(q.terms().subList(q.headTerms(), q.terms().size())).contains("curl", "printed", "output")
                .doesNotContain("jsonify", "newline");
    }

    @Test
    void terms_leaveOutWebAddresses() {
        TaskQuery q = TaskParser.parse("Support PathLike objects in send_file\n\nSee: https://www.python.org/dev/peps/"
                + "pep-0519/ (and <https://github.com/pallets/flask/issues/3227>)");

        assertThat(q.terms()).containsExactly("pathlike", "path", "like", "objects", "send_file", "send");
    }

    @Test
    void headTerms_ofAOneLineTask_areAllItsTerms() {
        TaskQuery q = TaskParser.parse("Fix the redirect loop in HttpConnection");

        assertThat(q.headTerms()).isEqualTo(q.terms().size()).isPositive();
    }

    @Test
    void terms_keepAStopWordNamedAsCode() {
        // hugo's `where`, Go templates' `with`: "the where function" names a function, not a place
        assertThat(TaskParser.parse("The where template function does not handle nil values").terms())
                .contains("where", "template", "nil").doesNotContain("the", "does");
        assertThat(TaskParser.parse("fix the with action for empty maps").terms()).contains("with");
        // a stop word that names nothing stays out
        assertThat(TaskParser.parse("where does the parser drop nil values").terms()).doesNotContain("where");
        assertThat(TaskParser.parse("add the new helper function").terms()).doesNotContain("new");
    }

    @Test
    void terms_ofATaskInAnotherLanguage_leaveItsFunctionWordsOut() {
        assertThat(TaskParser.parse("Corregir el cálculo de InvoiceService.total para los pedidos con IVA").terms())
                .contains("corregir", "invoiceservice", "total", "pedidos", "iva")
                .doesNotContain("el", "para", "los", "con");
        assertThat(TaskParser.parse("Absturz beim Speichern der Rechnung und des Kunden").terms())
                .contains("absturz", "speichern", "rechnung", "kunden").doesNotContain("der", "und");
        // words code or English use too stay: a locale, the DES cipher, Python's del, a denial of service
        assertThat(TaskParser.parse("de locale, des cipher, del statement and dos attack").terms())
                .contains("de", "des", "del", "dos");
    }

    @Test
    void mentions_findPathsFileNamesSymbolsIdentifiersAndQuotes() {
        TaskQuery q = TaskParser.parse("In src/main/Foo.java, InvoiceService.total breaks for config.yaml;"
                + " see parse_header and \"retry later\" and ./scripts/run.sh");

        assertThat(q.mentions()).containsExactly(
                new Mention(Mention.Kind.PATH, "src/main/Foo.java"),
                new Mention(Mention.Kind.QUALIFIED, "InvoiceService.total"),
                new Mention(Mention.Kind.FILE, "config.yaml"),
                new Mention(Mention.Kind.SYMBOL, "parse_header"),
                new Mention(Mention.Kind.QUOTED, "retry later"),
                new Mention(Mention.Kind.PATH, "scripts/run.sh"));
    }

    @Test
    void mentions_camelCaseIdentifiers_areMentions_plainWordsAreNot() {
        TaskQuery q = TaskParser.parse("PaymentGateway and retryCount are wrong, Payment is fine");

        assertThat(q.mentions()).extracting(Mention::text).containsExactly("PaymentGateway", "retryCount");
    }

    @Test
    void mentions_kebabCaseNames_areSymbols_withoutOptionDashes() {
        TaskQuery q = TaskParser.parse("Report no-extra-parens with --trailing-comma and :nth-last-child(2n)"
                + " since 2024-01-02 (see lib/rules/no-shadow.js, v1-2, https://github.com/gin-gonic/gin/pull/7)");

        assertThat(q.mentions()).containsExactly(
                new Mention(Mention.Kind.SYMBOL, "no-extra-parens"),
                new Mention(Mention.Kind.SYMBOL, "trailing-comma"),
                new Mention(Mention.Kind.SYMBOL, "nth-last-child"),
                new Mention(Mention.Kind.PATH, "lib/rules/no-shadow.js"),
                new Mention(Mention.Kind.SYMBOL, "v1-2"));
    }

    @Test
    void mentions_quotedKebabNames_areSymbols_byTheSameRule_singleWordsAndProseStayQuotes() {
        TaskQuery q = TaskParser.parse("`no-shadow`, `--no-semi`, `@custom-media`, `tryCombinations`, 'read_file_info',"
                + " `embed`, `@utility`, \"gift cards refused\", `no--shadow`, `:nth-child`");

        assertThat(q.mentions()).containsExactly(
                new Mention(Mention.Kind.SYMBOL, "no-shadow"),
                new Mention(Mention.Kind.SYMBOL, "no-semi"),
                new Mention(Mention.Kind.SYMBOL, "custom-media"),
                new Mention(Mention.Kind.SYMBOL, "tryCombinations"),
                new Mention(Mention.Kind.SYMBOL, "read_file_info"),
                new Mention(Mention.Kind.QUOTED, "embed"),
                new Mention(Mention.Kind.QUOTED, "@utility"),
                new Mention(Mention.Kind.QUOTED, "gift cards refused"),
                new Mention(Mention.Kind.QUOTED, "no--shadow"),
                new Mention(Mention.Kind.QUOTED, ":nth-child"));
    }

    @Test
    void parse_sentenceEndingWithDot_isNotAFileName() {
        TaskQuery q = TaskParser.parse("Make totals right. Then ship it.");
        assertThat(q.mentions()).isEmpty();
        assertThat(q.terms()).isEqualTo(List.of("totals", "right", "ship"));
    }
}
