package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a task word counts as found in code text, case by case. */
class WordFinderTest {

    static boolean holds(String text, String taskWord) {
        return new WordFinder(text).holds(WordFinder.stem(taskWord));
    }

    @Test
    void aWholeWordOrAnIdentifierPart_inAnyConvention() {
        assertThat(holds("def load_cert(path):", "cert")).isTrue();
        assertThat(holds("certFile = options.certFile", "cert")).isTrue();
        assertThat(holds("String getCertPath()", "cert")).isTrue();
        assertThat(holds("SSL_CERT_PATH = '/etc'", "cert")).isTrue();
        assertThat(holds("--cert", "cert")).isTrue();
        assertThat(holds("class HTTPServer:", "server")).isTrue();
        assertThat(holds("class HTTPServer:", "http")).isTrue();
        assertThat(holds("http2Client", "http")).isTrue();
    }

    @Test
    void neverInsideAnotherWord() {
        assertThat(holds("in certain cases", "cert")).isFalse();
        assertThat(holds("a concert", "cert")).isFalse();
        assertThat(holds("Certificate chain", "cert")).isFalse();
        assertThat(holds("CERTAINLY", "cert")).isFalse();
        assertThat(holds("sprintf(buf)", "print")).isFalse();
        assertThat(holds("the cardinality", "car")).isFalse();
        assertThat(holds("binding", "bin")).isFalse();
    }

    @Test
    void plainInflections_andTheSingularOfAPlural() {
        assertThat(holds("const printer = new Printer()", "print")).isTrue();
        assertThat(holds("printed twice", "print")).isTrue();
        assertThat(holds("isPrinting()", "print")).isTrue();
        assertThat(holds("the parser", "parse")).isTrue();
        assertThat(holds("handled = True", "handle")).isTrue();
        assertThat(holds("CERTS_DIR", "cert")).isTrue();
        assertThat(holds("callSignature(node)", "signatures")).isTrue();
        assertThat(holds("all signatures", "signatures")).isTrue();
        assertThat(holds("class Matcher", "class")).isTrue();
    }

    @Test
    void next_walksTheOccurrencesInOrder() {
        WordFinder f = new WordFinder("certain cert; concert; CertStore");

        int first = f.next("cert", 0);
        assertThat(first).isEqualTo(8);
        assertThat(f.next("cert", first + 1)).isEqualTo(23);
        assertThat(f.next("cert", 24)).isEqualTo(-1);
    }
}
