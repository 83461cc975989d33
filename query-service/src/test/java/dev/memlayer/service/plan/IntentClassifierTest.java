package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Intent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    @Test
    void classify_cuesInText_pickTheirIntent() {
        assertThat(IntentClassifier.fromText("NPE crash in invoice totals")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("raise coverage of the tax calculator tests")).isEqualTo(Intent.TEST);
        assertThat(IntentClassifier.fromText("rename PaymentGateway and extract retries")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("checkout latency spikes in prod, timeouts"))
                .isEqualTo(Intent.INCIDENT);
        assertThat(IntentClassifier.fromText("implement support for refunds")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("how are invoices issued?")).isEqualTo(Intent.EXPLORE);
    }

    @Test
    void classify_wordBoundaries_noMatchInsideWords() {
        // "prefix" contains "fix", "latest" contains "test": neither is a cue
        assertThat(IntentClassifier.fromText("prefix latest invoices")).isEqualTo(Intent.FEATURE);
    }

    @Test
    void classify_assertionWords_areNotTestCues() {
        // an assertion is product vocabulary as often as test vocabulary: only "test" words make a test task
        assertThat(IntentClassifier.fromText("add allMatch assertion to Iterable")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("add an assertion to the tests of Iterable")).isEqualTo(Intent.TEST);
    }

    @Test
    void classify_symptomsOfABug_areBugfixCues() {
        // a bug report often says what goes wrong, not "fix" or "bug"
        assertThat(IntentClassifier.fromText("Blueprint url_prefix is ignored when registering a nested blueprint"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("the dev server reloader does not pick up template changes"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("session cookie isn't sent after login")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("the service returns 500 when the budget is a string"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("parse() returns null for an empty document")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("hugo server livereload stops working after a config change"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("app.url_for raises BuildError when SERVER_NAME is set"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("Elements.eq throws an IndexOutOfBoundsException for -1"))
                .isEqualTo(Intent.BUGFIX);
        // named alone where it happens, as a report does
        assertThat(IntentClassifier.fromText("NullPointerException in SnapshotCatalog.refresh with no projects"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("TypeError: cannot read properties of undefined (reading 'path')"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("KeyError when the config file has no [tool] table"))
                .isEqualTo(Intent.BUGFIX);
        // an exception type the change introduces is no symptom
        assertThat(IntentClassifier.fromText("Add a ValidationError type for schema checks")).isEqualTo(Intent.FEATURE);
        // more feature cues than symptoms: still a feature
        assertThat(IntentClassifier.fromText("add support for a default port when none is configured"))
                .isEqualTo(Intent.FEATURE);
    }

    @Test
    void classify_readsTheOpeningOnly_notALogPastedFarBelowIt() {
        String filler = "The refund is booked against the original invoice and the ledger entry keeps its date. "
                .repeat(IntentClassifier.CUE_CHARS / 80 + 1);
        String log = "ERROR payment failed with a timeout, the worker crashed\n".repeat(200);

        assertThat(IntentClassifier.fromText("Implement support for partial refunds.\n" + filler + log))
                .as("cues past the first " + IntentClassifier.CUE_CHARS + " characters are not counted")
                .isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("Implement support for partial refunds.\n" + log + filler))
                .as("within them they are").isEqualTo(Intent.BUGFIX);
    }

    @Test
    void classify_nounsNamingCode_areNotCues() {
        // "extractor" is a component, not the verb "extract"; a test client is product code, not a test
        assertThat(IntentClassifier.fromText("Support Kotlin files in the symbol extractor")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("extract the retry policy")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("make the test client follow redirects by default"))
                .isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("the test client tests are flaky")).isEqualTo(Intent.TEST);
        // "inline" as an adjective is HTML's or a comment's, not the refactoring
        assertThat(IntentClassifier.fromText("Pretty printing adds extra whitespace around inline elements"))
                .isNotEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("Inline the retry helper into its only caller")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("inlined the VAT constant")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("we should inline it")).isEqualTo(Intent.REFACTOR);
    }

    @Test
    void classify_explicitIntent_wins() {
        assertThat(IntentClassifier.classify("fix the crash", Optional.of(Intent.EXPLORE))).isEqualTo(Intent.EXPLORE);
    }

    @Test
    void classify_tasksInOtherLanguages_byTheirOwnCues() {
        assertThat(IntentClassifier.fromText("Corregir el cálculo de InvoiceService.total cuando se aplica el IVA"))
                .isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("Renombrar PaymentGateway a PaymentClient")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("Absturz beim Speichern der Rechnung beheben")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("Unterstützung für mehrere Währungen hinzufügen"))
                .isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("Ajouter la prise en charge des remises")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("Où est calculée la TVA ?")).isEqualTo(Intent.EXPLORE);
        assertThat(IntentClassifier.fromText("Adicionar testes para o cálculo de impostos")).isEqualTo(Intent.TEST);
        assertThat(IntentClassifier.fromText("Lentidão no checkout em produção")).isEqualTo(Intent.INCIDENT);
    }

    @Test
    void classify_otherLanguagesCues_addNothingToEnglish() {
        // "was", "comment", "como", "nova" are not cues of any table: English text uses them
        assertThat(IntentClassifier.fromText("the comment was wrong as of the nova release")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("Add comment support to the parser")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("Port the Como adapter")).isEqualTo(Intent.FEATURE);
        // nor does a stem of theirs count an English word again ("implementa…" in "implementation")
        assertThat(IntentClassifier.fromText("Move `doesNotContainAnyWhitespaces` implementation to the base class"))
                .isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("Fix zsh completion not working: a simplification of the stub"))
                .isEqualTo(Intent.BUGFIX);
    }
}
