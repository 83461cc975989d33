package dev.memlayer.indexer.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRulesTest {

    private static String redact(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return new String(SecretRules.redact(data, data.length), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {".env", ".env.local", ".npmrc", ".pypirc", ".netrc", "credentials", "credentials.json",
        "id_rsa", "id_ed25519", "server.pem", "tls.key", "app.jks", "store.p12", "cert.pfx", "release.keystore",
        "client.crt", "prod.tfvars", "secrets.yaml", ".git-credentials", "kubeconfig", ".s3cfg"})
    void isSecretFileName_keysCertificatesKeystoresAndCredentialFiles(String name) {
        assertThat(SecretRules.isSecretFileName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Main.java", "CredentialsProvider.java", "secret_test.go", "keyboard.ts", "token.py",
        "README.md", "package.json", "environment.ts"})
    void isSecretFileName_ordinarySourceFiles_areNot(String name) {
        assertThat(SecretRules.isSecretFileName(name)).isFalse();
    }

    @Test
    void containsPrivateKey_blockWithBody_evenQuotedInCode() {
        byte[] pem = ("x\n" + FakeSecrets.PRIVATE_KEY_BLOCK).getBytes(StandardCharsets.UTF_8);
        byte[] quoted = ("String k = \"-----BEGIN PRIVATE KEY-----\\n" + FakeSecrets.KEY_BODY + "\";")
                .getBytes(StandardCharsets.UTF_8);
        byte[] openssh = ("-----BEGIN OPENSSH PRIVATE KEY-----\r\n" + FakeSecrets.KEY_BODY + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SecretRules.containsPrivateKey(pem, pem.length)).isTrue();
        assertThat(SecretRules.containsPrivateKey(quoted, quoted.length)).isTrue();
        assertThat(SecretRules.containsPrivateKey(openssh, openssh.length)).isTrue();
    }

    @Test
    void containsPrivateKey_loneHeaderInAParser_isNotAKey() {
        byte[] parser = "static final String HEADER = \"-----BEGIN PRIVATE KEY-----\";\nint x;\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] publicKey = ("-----BEGIN PUBLIC KEY-----\n" + FakeSecrets.KEY_BODY + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(SecretRules.containsPrivateKey(parser, parser.length)).isFalse();
        assertThat(SecretRules.containsPrivateKey(publicKey, publicKey.length)).isFalse();
    }

    @Test
    void redact_wellKnownTokens_areMaskedInPlace() {
        String text = "aws = " + FakeSecrets.AWS_KEY_ID + "\n"
                + "gh(\"" + FakeSecrets.GITHUB_TOKEN + "\")\n"
                + "pat " + FakeSecrets.GITHUB_PAT + "\n"
                + "slack: " + FakeSecrets.SLACK_TOKEN + " # bot\n"
                + "maps(" + FakeSecrets.GOOGLE_KEY + ")\n"
                + "stripe " + FakeSecrets.STRIPE_KEY + "\n"
                + "Authorization: Bearer " + FakeSecrets.JWT + "\n"
                + "url = postgres://admin:" + FakeSecrets.URL_PASSWORD + "@db.local/app\n";

        String out = redact(text);

        assertThat(out).hasSameSizeAs(text);
        assertThat(out.lines().count()).isEqualTo(text.lines().count());
        for (String secret : new String[] {FakeSecrets.AWS_KEY_ID, FakeSecrets.GITHUB_TOKEN, FakeSecrets.GITHUB_PAT,
            FakeSecrets.SLACK_TOKEN, FakeSecrets.GOOGLE_KEY, FakeSecrets.STRIPE_KEY, FakeSecrets.JWT,
            FakeSecrets.URL_PASSWORD}) {
            assertThat(out).doesNotContain(secret);
        }
        assertThat(out).contains("aws = ****", "slack: ****", " # bot", "postgres://admin:****", "@db.local/app",
                "Authorization: Bearer ****");
    }

    @Test
    void redact_passwordAndTokenAssignments_maskOnlyTheValue() {
        String text = "String password = \"" + FakeSecrets.JAVA_PASSWORD + "\";\n"
                + "  password: " + FakeSecrets.YAML_PASSWORD + "\n"
                + "app.auth.token=" + FakeSecrets.PROPERTIES_TOKEN + "\n"
                + "{\"apiKey\": \"" + FakeSecrets.JSON_API_KEY + "\"}\n"
                + "aws_secret_access_key = " + FakeSecrets.AWS_SECRET + "\n"
                + "token := \"" + FakeSecrets.PROPERTIES_TOKEN + "\"\n"
                + "val secret: String = \"" + FakeSecrets.JAVA_PASSWORD + "\"\n";

        String out = redact(text);

        assertThat(out).doesNotContain(FakeSecrets.JAVA_PASSWORD, FakeSecrets.YAML_PASSWORD,
                FakeSecrets.PROPERTIES_TOKEN, FakeSecrets.JSON_API_KEY, FakeSecrets.AWS_SECRET);
        assertThat(out).contains("String password = \"*****", "  password: ****", "app.auth.token=****",
                "{\"apiKey\": \"****", "aws_secret_access_key = ****");
        assertThat(out).hasSameSizeAs(text);
    }

    @Test
    void redact_ordinaryCode_isReturnedUnchanged() {
        String code = "String token = tokenizer.next();\n"
                + "password = os.environ[\"DB_PASSWORD\"]\n"
                + "secret: ${{ secrets.DEPLOY_KEY }}\n"
                + "db.password=${DB_PASSWORD}\n"
                + "TOKEN_HEADER = \"Authorization\"\n"
                + "tokenize = \"porter unicode61 remove_diacritics 2\"\n"
                + "static final String HEADER = \"-----BEGIN PRIVATE KEY-----\";\n"
                + "String authorName = \"Jane Doe\";\n";
        byte[] data = code.getBytes(StandardCharsets.UTF_8);

        assertThat(SecretRules.redact(data, data.length)).isSameAs(data);
    }

    @Test
    void redact_invalidUtf8AroundASecret_keepsEveryOtherByte() {
        byte[] prefix = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        byte[] secret = (FakeSecrets.AWS_KEY_ID + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[prefix.length + secret.length];
        System.arraycopy(prefix, 0, data, 0, prefix.length);
        System.arraycopy(secret, 0, data, prefix.length, secret.length);

        byte[] out = SecretRules.redact(data, data.length);

        assertThat(out).hasSameSizeAs(data).startsWith(prefix);
        assertThat(new String(out, StandardCharsets.ISO_8859_1)).doesNotContain(FakeSecrets.AWS_KEY_ID);
    }
}
