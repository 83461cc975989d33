package dev.memlayer.indexer.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SkipRulesTest {

    private final SkipRules rules = new SkipRules(100);

    @ParameterizedTest
    @CsvSource({
        ".env, SECRET", ".env.production, SECRET", "server.pem, SECRET", "tls.key, SECRET", "store.p12, SECRET",
        "id_rsa, SECRET", "id_ed25519.pub, SECRET", "vault.kdbx, SECRET", ".npmrc, SECRET", ".netrc, SECRET",
        "credentials.json, SECRET", "app-secrets.yaml, SECRET", "keys.jks, SECRET",
        "app.min.js, GENERATED", "style.min.css, GENERATED", "app.js.map, GENERATED", "yarn.lock, GENERATED",
        "package-lock.json, GENERATED", "Cargo.lock, GENERATED", "go.sum, GENERATED", "poetry.lock, GENERATED",
        "logo.PNG, BINARY", "lib.jar, BINARY", "Main.class, BINARY", "font.woff2, BINARY", "doc.pdf, BINARY",
        "data.sqlite, BINARY", "archive.tar, BINARY"})
    void skipFile_knownNames_areSkippedWithReason(String name, SkipReason reason) {
        assertThat(rules.skipFile(name, 10)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Main.java", "CredentialsProvider.java", "secret_test.go", "README.md", "app.js",
        "package.json", "pom.xml", "keyboard.ts", "Makefile"})
    void skipFile_ordinarySourceFiles_areKept(String name) {
        assertThat(rules.skipFile(name, 10)).isEmpty();
    }

    @Test
    void skipFile_overTheCap_isOversize() {
        assertThat(rules.skipFile("big.txt", 101)).contains(SkipReason.OVERSIZE);
        assertThat(rules.skipFile("ok.txt", 100)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"node_modules", "vendor", "target", "build", "dist", "out", ".gradle", ".idea",
        "__pycache__", ".venv", "venv", ".tox", "foo.egg-info"})
    void skipsDirectory_vendoredAndGenerated(String name) {
        assertThat(rules.skipsDirectory(name)).isTrue();
    }

    @Test
    void skipsDirectory_sourceFolders_areEntered() {
        assertThat(rules.skipsDirectory("src")).isFalse();
        assertThat(rules.skipsDirectory("docs")).isFalse();
    }

    @Test
    void looksBinary_nulInFirst8KiB_only() {
        byte[] text = "plain text\n".getBytes(StandardCharsets.UTF_8);
        byte[] late = new byte[SkipRules.BINARY_SNIFF_BYTES + 10];
        java.util.Arrays.fill(late, (byte) 'a');
        late[SkipRules.BINARY_SNIFF_BYTES + 5] = 0;
        byte[] early = late.clone();
        early[3] = 0;

        assertThat(SkipRules.looksBinary(text, text.length)).isFalse();
        assertThat(SkipRules.looksBinary(late, late.length)).isFalse();
        assertThat(SkipRules.looksBinary(early, early.length)).isTrue();
    }
}
