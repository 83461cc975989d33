package dev.memlayer.indexer.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-scanning rules mask exactly what the rules they replaced masked, on random contents dense
 * with secret-naming identifiers (any case, past the identifier length bound, overlapping stems),
 * assignments, token shapes, URLs with passwords, key blocks and non-ASCII bytes.
 */
class SecretRulesSameMasksTest {

    private static final String[] PIECES = {"password", "PassWord", "DB_PASSWORD", "passwd", "pwd", "passphrase",
        "secret", "SECRET_KEY", "clientSecret", "token", "accessToken", "api_key", "api-key", "apiKey", "ApiKey",
        "accesskey", "AWS_ACCESS_KEY_ID", "private_key", "credential", "credentials", "key", "keys", "monkey",
        "passport", "compass", "tokenizer", "pass", "secretsecret", "keykey", "x.password", "my-secret-token",
        "AKIA", "ASIA", "ghp_", "github_pat_", "glpat-", "xoxb-", "AIza", "sk_live_", "sk-", "sk-ant-", "npm_",
        "eyJ", ".eyJ", "https://", "://", "user:", "@", "@host", "-----BEGIN RSA PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\\n", "PRIVATE KEY", "Proc-Type: 4,ENCRYPTED\n", "${DB_PASSWORD}", "{{ token }}",
        "<your-key>", "$VAR", "%s", "****", "=", " = ", ": ", "\": \"", ":=", "=>", ": String = ", "'", "\"", "`",
        "\n", "\r\n", "\t", " ", ".", "-", "_", "/", "(", ")", ",", ";"};
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void sameMasksAsBeforeOnRandomContent() {
        Random random = new Random(1128);
        for (int round = 0; round < 3_000; round++) {
            byte[] data = randomContent(random, 1 + random.nextInt(round % 50 == 0 ? 2_000 : 60));
            int length = random.nextInt(8) == 0 ? random.nextInt(data.length + 1) : data.length;
            String label = new String(data, 0, length, StandardCharsets.ISO_8859_1);
            assertThat(SecretRules.redact(data, length)).as(label)
                    .isEqualTo(SecretRulesBefore.redact(data, length));
            assertThat(SecretRules.containsPrivateKey(data, length)).as(label)
                    .isEqualTo(SecretRulesBefore.containsPrivateKey(data, length));
        }
    }

    @Test
    void theRandomContentHoldsSecretsOfEveryKind() {
        Random random = new Random(1128);
        int masked = 0;
        int keys = 0;
        for (int round = 0; round < 2_000; round++) {
            byte[] data = randomContent(random, 12);
            masked += SecretRules.redact(data, data.length) != data ? 1 : 0;
            keys += SecretRules.containsPrivateKey(data, data.length) ? 1 : 0;
        }
        // the comparison above means something only if both outcomes occur often
        assertThat(masked).isBetween(200, 1_900);
        assertThat(keys).isPositive();
    }

    private static String alnum(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return s.toString();
    }

    private static byte[] randomContent(Random random, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(7)) {
                case 6 -> { // an assignment to an identifier around the 60-character bound on either side
                    String run = alnum(random, 50 + random.nextInt(20));
                    String word = PIECES[random.nextInt(12)];
                    String name = random.nextBoolean() ? word + run : run + word;
                    out.writeBytes((name + " = " + alnum(random, 8 + random.nextInt(20)) + "\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                }
                case 0, 1, 2 -> out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> {
                    for (int k = 4 + random.nextInt(random.nextInt(5) == 0 ? 80 : 40); k > 0; k--) {
                        out.write(ALNUM.charAt(random.nextInt(random.nextBoolean() ? 26 : ALNUM.length())));
                    }
                }
                case 4 -> out.write(random.nextInt(256));
                default -> out.writeBytes(("abc" + random.nextInt(100) + "Def").repeat(random.nextInt(25))
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }
}
