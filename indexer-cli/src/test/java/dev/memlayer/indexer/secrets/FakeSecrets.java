package dev.memlayer.indexer.secrets;

import java.util.List;

/**
 * Fake secrets in the shapes {@link SecretRules} must catch. Built by concatenation so this file
 * itself does not look like a leaked credential to scanners.
 */
public final class FakeSecrets {

    public static final String AWS_KEY_ID = "AKIA" + "T3STK3YN0TR3AL99";
    public static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYTESTKEY0123";
    public static final String GITHUB_TOKEN = "ghp" + "_" + "T3stT0kenAbCdEfGhIjKlMnOpQrStUvWx1234";
    public static final String GITHUB_PAT = "github" + "_pat_" + "11ABCDEFG0123456789_T3stPatVal";
    public static final String SLACK_TOKEN = "xox" + "b-1234567890-T3stSlackT0ken";
    public static final String GOOGLE_KEY = "AIza" + "SyT3stG00gleApiKey0123456789abcdefg";
    public static final String STRIPE_KEY = "sk" + "_live_" + "T3stStr1peKey0123456789";
    public static final String JWT = "eyJ" + "hbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0dXNlcjEyMyJ9.c2lnbmF0dXJlVEVTVDEyMw";
    public static final String JAVA_PASSWORD = "Hunter2" + "Hunter2xq";
    public static final String YAML_PASSWORD = "S3cret" + "PasswordYaml";
    public static final String URL_PASSWORD = "PgPassw0rd" + "77zz";
    public static final String PROPERTIES_TOKEN = "pr0pT0ken" + "Value99x";
    public static final String JSON_API_KEY = "js0nApiKey" + "Value42q";
    /** The body line of a fake RSA key. */
    public static final String KEY_BODY = "MIIEpAIBAAKCAQEA7" + "T3stPrivateKeyBodyNotARealKey0123456789abcdef";

    /** Values that only ever appear in files skipped by name. */
    public static final String IN_ENV_FILE = "envFileSecret" + "Zq81";
    public static final String IN_NPMRC = "npm" + "_" + "T3stNpmT0kenAbCdEfGhIjKlMnOpQrStUvW12";
    public static final String IN_NETRC = "netrcPassw" + "0rdKk3";
    public static final String IN_CREDENTIALS_JSON = "credsJs0n" + "SecretQq";
    public static final String IN_KEY_FILE = "pemFileB0dy" + "Marker77";
    public static final String IN_KEYSTORE = "keyst0re" + "MarkerJj";

    public static final String PRIVATE_KEY_BLOCK = "-----BEGIN RSA PRIVATE KEY-----\n" + KEY_BODY + "\n"
            + "-----END RSA PRIVATE KEY-----\n";

    public static List<String> all() {
        return List.of(AWS_KEY_ID, AWS_SECRET, GITHUB_TOKEN, GITHUB_PAT, SLACK_TOKEN, GOOGLE_KEY, STRIPE_KEY, JWT,
                JAVA_PASSWORD, YAML_PASSWORD, URL_PASSWORD, PROPERTIES_TOKEN, JSON_API_KEY, KEY_BODY, IN_ENV_FILE,
                IN_NPMRC, IN_NETRC, IN_CREDENTIALS_JSON, IN_KEY_FILE, IN_KEYSTORE);
    }

    private FakeSecrets() {
    }
}
