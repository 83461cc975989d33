package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.secrets.DatabaseText;
import dev.memlayer.indexer.secrets.FakeSecrets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository full of fake secrets is indexed; then the whole database is searched for them. */
class SecretsNeverStoredTest {

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("leaky"));
        repo.write(".env", "STRIPE=" + FakeSecrets.IN_ENV_FILE + "\n")
                .write(".env.production", "DB_PASSWORD=" + FakeSecrets.IN_ENV_FILE + "\n")
                .write(".npmrc", "//registry.npmjs.org/:_authToken=" + FakeSecrets.IN_NPMRC + "\n")
                .write(".pypirc", "[pypi]\npassword = " + FakeSecrets.IN_NETRC + "\n")
                .write(".netrc", "machine example.com login me password " + FakeSecrets.IN_NETRC + "\n")
                .write("config/credentials.json", "{\"client_secret\": \"" + FakeSecrets.IN_CREDENTIALS_JSON + "\"}\n")
                .write("deploy/id_rsa", FakeSecrets.PRIVATE_KEY_BLOCK + FakeSecrets.IN_KEY_FILE + "\n")
                .write("deploy/server.pem", FakeSecrets.IN_KEY_FILE + "\n")
                .write("deploy/tls.key", FakeSecrets.IN_KEY_FILE + "\n")
                .write("deploy/app.jks", FakeSecrets.IN_KEYSTORE + "\n")
                .write("deploy/store.p12", FakeSecrets.IN_KEYSTORE + "\n")
                .write("deploy/cert.pfx", FakeSecrets.IN_KEYSTORE + "\n")
                .write("android/release.keystore", FakeSecrets.IN_KEYSTORE + "\n")
                // a private key pasted into code: the whole file stays out
                .write("src/main/java/app/EmbeddedKeyHolder.java", "package app;\nclass EmbeddedKeyHolder {\n"
                        + "  static final String KEY = \"-----BEGIN RSA PRIVATE KEY-----\\n" + FakeSecrets.KEY_BODY
                        + "\";\n  String embeddedKeyMarkerMethod() { return KEY; }\n}\n")
                // ordinary files with secret lines: the lines are masked, the rest is indexed
                .write("src/main/java/app/PaymentClient.java", "package app;\n\npublic class PaymentClient {\n"
                        + "    private static final String STRIPE = \"" + FakeSecrets.STRIPE_KEY + "\";\n"
                        + "    private final String password = \"" + FakeSecrets.JAVA_PASSWORD + "\";\n"
                        + "    private final String awsKeyId = \"" + FakeSecrets.AWS_KEY_ID + "\";\n"
                        + "    /** Charges the customer's card. */\n"
                        + "    public void chargeCustomerCard(String customerId) {\n"
                        + "        String auth = \"Bearer " + FakeSecrets.JWT + "\";\n"
                        + "    }\n}\n")
                .write("scripts/deploy.py", "import os\n\nGITHUB_TOKEN = \"" + FakeSecrets.GITHUB_TOKEN + "\"\n"
                        + "PAT = '" + FakeSecrets.GITHUB_PAT + "'\nSLACK = \"" + FakeSecrets.SLACK_TOKEN + "\"\n"
                        + "MAPS_KEY = \"" + FakeSecrets.GOOGLE_KEY + "\"\n\n"
                        + "def publish_release_notes(version):\n    return f\"released {version}\"\n")
                .write("config/application.yml", "db:\n  host: db.internal\n  password: "
                        + FakeSecrets.YAML_PASSWORD + "\n  url: postgres://admin:" + FakeSecrets.URL_PASSWORD
                        + "@db.internal/app\n")
                .write("config/app.properties", "app.name=ledger\napp.auth.token=" + FakeSecrets.PROPERTIES_TOKEN
                        + "\naws_secret_access_key = " + FakeSecrets.AWS_SECRET + "\n")
                .write("web/settings.json", "{\"theme\": \"dark\", \"apiKey\": \"" + FakeSecrets.JSON_API_KEY + "\"}\n")
                .write("README.md", "# ledger\nInvoices and payments.\n");
        repo.commitAll("everything, secrets included");
    }

    @Test
    void index_repositoryFullOfSecrets_noSecretValueAnywhereInTheDatabase() throws Exception {
        IndexSummary s = new IndexRun(IndexSettings.defaults(), Clock.systemUTC()).run(repo.root(), db, false);

        DatabaseText text = DatabaseText.read(db);
        assertThat(text.termCount()).isGreaterThan(20);
        assertThat(FakeSecrets.all()).allSatisfy(secret -> assertThat(text.contains(secret))
                .as("secret %s found in the database", secret).isFalse());
        // the whole file with an embedded key is left out, names included
        assertThat(text.contains("embeddedKeyMarkerMethod")).isFalse();
        assertThat(TestDb.column(db, "SELECT path FROM manifest ORDER BY path")).containsExactly(
                "README.md", "config/app.properties", "config/application.yml", "scripts/deploy.py",
                "src/main/java/app/PaymentClient.java", "web/settings.json");
        // 13 secret files by name, EmbeddedKeyHolder.java by content
        assertThat(s.skipped()).isEqualTo(14);
    }

    @Test
    void index_filesWithSecretLines_keepTheirOrdinaryPartsSearchable() throws Exception {
        new IndexRun(IndexSettings.defaults(), Clock.systemUTC()).run(repo.root(), db, false);

        DatabaseText text = DatabaseText.read(db);
        assertThat(TestDb.column(db, "SELECT name FROM symbols ORDER BY name"))
                .contains("PaymentClient", "chargeCustomerCard", "publish_release_notes");
        assertThat(text.hasTerm("chargecustomercard")).isTrue();
        assertThat(text.hasTerm("ledger")).isTrue();
        assertThat(text.hasTerm("postgr")).isTrue(); // porter: postgres → postgr
        assertThat(TestDb.column(db, "SELECT lines FROM manifest WHERE path = 'src/main/java/app/PaymentClient.java'"))
                .containsExactly(11);
    }
}
