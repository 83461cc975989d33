package dev.memlayer.indexer.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules as they were before the byte scans (d9cc0c0), kept as the reference the new ones must equal. */
final class SecretRulesBefore {

    /** The mask byte; not a token character for the lexical index, so a masked value indexes as nothing. */
    public static final byte MASK = '*';

    private static final Set<String> NAMES = Set.of(
            ".env", ".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".htpasswd", ".pgpass",
            ".dockercfg", ".envrc", "known_hosts", "authorized_keys", ".boto", ".s3cfg", ".my.cnf", ".yarnrc.yml",
            "credentials", "keystore", "truststore", "kubeconfig", ".vault-token", ".gem-credentials");
    private static final Set<String> PREFIXES = Set.of(
            ".env.", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_xmss");
    private static final Set<String> EXTENSIONS = Set.of(
            "pem", "key", "p12", "pfx", "pkcs12", "jks", "keystore", "truststore", "bks", "kdbx", "crt", "cer",
            "der", "p7b", "p7c", "p8", "pk8", "ppk", "gpg", "pgp", "asc", "ovpn", "tfstate", "tfvars", "age",
            "mobileprovision", "publishsettings");
    /**
     * {@code credentials*} and names containing "secret" are secrets when they are config or data
     * files; code such as {@code CredentialsProvider.java} or {@code secrets_test.go} stays.
     */
    private static final Set<String> CONFIG_EXTENSIONS = Set.of(
            "", "json", "yaml", "yml", "toml", "ini", "properties", "conf", "cfg", "env", "txt", "xml", "csv");

    /**
     * A private key block with a body (PEM, OpenSSH, PGP, possibly quoted with {@code \n} escapes in
     * code). A lone header, as a parser's constant, is not a key.
     */
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:\\\\[rn]|[\\s\"'+,])*"
                    + "(?:[A-Za-z-]+: [^\\n]*\\n\\s*)*[A-Za-z0-9+/=]{32,}");

    /** Well-known token shapes by literal prefix; the prefix and the match of the rest are the secret. */
    private static final Map<String, Pattern> TOKENS = tokens(
            "AKIA|ASIA|ABIA|ACCA", "[0-9A-Z]{16}\\b",                   // AWS access key ids
            "ghp_|gho_|ghu_|ghs_|ghr_", "[A-Za-z0-9]{36,}\\b",           // GitHub tokens
            "github_pat_", "[A-Za-z0-9_]{22,}",                        // GitHub fine-grained tokens
            "glpat-", "[A-Za-z0-9_-]{20,}",                            // GitLab tokens
            "xoxa-|xoxb-|xoxo-|xoxp-|xoxr-|xoxs-", "[A-Za-z0-9-]{10,}", // Slack tokens
            "AIza", "[0-9A-Za-z_-]{35}",                               // Google API keys
            "sk_live_|sk_test_|rk_live_|rk_test_", "[0-9A-Za-z]{16,}",  // Stripe keys
            "sk-", "(?:ant-|proj-)?[A-Za-z0-9_-]{32,}",                // OpenAI / Anthropic keys
            "npm_", "[A-Za-z0-9]{36}\\b",                              // npm tokens
            "eyJ", "[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"); // JWTs
    private static final String TOKEN_FIRST_CHARS = "AgxsrnEe";
    /** {@link #TOKEN_FIRST_CHARS} as a table: this test runs once per byte of every file read. */
    private static final boolean[] TOKEN_FIRST = new boolean[128];

    static {
        for (char c : TOKEN_FIRST_CHARS.toCharArray()) {
            TOKEN_FIRST[c] = true;
        }
    }

    /** Right after {@code ://}: {@code user:password@}; group 1 is the password. */
    private static final Pattern URL_USER_PASSWORD = Pattern.compile("[^\\s/:@\"']{1,64}:([^\\s/@\"']{3,128})@");

    /**
     * Identifiers that name a secret, lower case: one containing a word ({@code DB_PASSWORD},
     * {@code apiKey}, {@code aws_secret_access_key}) makes its assigned value a candidate.
     */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "passphrase", "secret",
            "token", "apikey", "api_key", "api-key", "accesskey", "access_key", "access-key", "privatekey",
            "private_key", "private-key", "credential");
    /** Stems searched for; every word above contains one. */
    private static final List<String> STEMS = List.of("pass", "pwd", "secret", "token", "key", "credential");
    private static final int MAX_IDENTIFIER = 60;

    /**
     * What follows a secret-naming identifier: {@code = "…"}, {@code ": "…"}, {@code := "…"},
     * {@code : String = "…"}, or an unquoted value to the end of the line ({@code db.password=…}).
     * Group {@code q} or {@code u} is the value.
     */
    private static final Pattern ASSIGNED_VALUE = Pattern.compile(
            "[\"']?[ \\t]*(?::[ \\t]*[A-Za-z<>?\\[\\]]{1,20}[ \\t]*)?(?::=|=>|[:=])[ \\t]*"
                    + "(?:([\"'`])(?<q>[^\"'`\\s]{8,200})\\1"
                    + "|(?<u>[A-Za-z0-9+/=_.~!@#%^&*-]{8,200})[ \\t]*(?:\\r?\\n|$))");

    private SecretRulesBefore() {
    }

    /** Whether a file with this name holds secrets and must never be read. */
    public static boolean isSecretFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot <= 0 ? "" : lower.substring(dot + 1);
        if (NAMES.contains(lower) || EXTENSIONS.contains(ext)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return (lower.startsWith("credentials") || lower.contains("secret")) && CONFIG_EXTENSIONS.contains(ext);
    }

    /** Whether the content holds a private key block: the whole file is then a secret. */
    public static boolean containsPrivateKey(byte[] data, int length) {
        String text = latin1(data, length);
        return text.contains("PRIVATE KEY") && PRIVATE_KEY.matcher(text).find();
    }

    /**
     * The content with every secret value masked ({@link #MASK}, same length); {@code data} itself
     * when nothing was found.
     */
    public static byte[] redact(byte[] data, int length) {
        String text = latin1(data, length);
        Masker masker = new Masker(data, length);
        maskTokens(text, masker);
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            Matcher m = URL_USER_PASSWORD.matcher(text).region(at + 3, text.length());
            if (m.lookingAt()) {
                masker.mask(m.start(1), m.end(1));
            }
        }
        maskAssignments(text, masker);
        return masker.result();
    }

    /** One pass; a token's prefix is only compared where a word starts with one of their first chars. */
    private static void maskTokens(String text, Masker masker) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !TOKEN_FIRST[c] || i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            for (Map.Entry<String, Pattern> token : TOKENS.entrySet()) {
                if (text.startsWith(token.getKey(), i)) {
                    Matcher m = token.getValue().matcher(text).region(i + token.getKey().length(), n);
                    if (m.lookingAt()) {
                        masker.mask(i, m.end());
                        i = m.end() - 1;
                    }
                    break;
                }
            }
        }
    }

    /** Finds identifiers naming a secret (by stem, in lower case), then a value assigned right after them. */
    private static void maskAssignments(String text, Masker masker) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            int done = -1;
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + stem.length())) {
                if (at < done) {
                    continue;
                }
                int start = at;
                while (start > 0 && at - start < MAX_IDENTIFIER && isIdentifierChar(text.charAt(start - 1))) {
                    start--;
                }
                int end = at + stem.length();
                while (end < text.length() && end - at < MAX_IDENTIFIER && isIdentifierChar(text.charAt(end))) {
                    end++;
                }
                done = end;
                String identifier = lower.substring(start, end);
                if (!namesSecret(identifier)) {
                    continue;
                }
                Matcher m = ASSIGNED_VALUE.matcher(text).region(end, text.length());
                if (m.lookingAt()) {
                    String group = m.group("q") != null ? "q" : "u";
                    if (looksLikeSecretValue(m.group(group))) {
                        masker.mask(m.start(group), m.end(group));
                    }
                }
            }
        }
    }

    /** Whether a lower-case identifier contains one of {@link #SECRET_WORDS} (a loop: runs per stem hit). */
    private static boolean namesSecret(String identifier) {
        for (String word : SECRET_WORDS) {
            if (identifier.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An assigned value is a secret when it looks random (letters and digits, or long mixed case),
     * is not a placeholder ({@code ${DB_PASSWORD}}, {@code {{ token }}}, {@code <your-key>}) and not masked already.
     */
    static boolean looksLikeSecretValue(String v) {
        if (v.contains("${") || v.contains("{{") || v.startsWith("<") || v.startsWith("$") || v.startsWith("%")
                || v.chars().allMatch(ch -> ch == MASK)) {
            return false;
        }
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            digit |= ch >= '0' && ch <= '9';
            upper |= ch >= 'A' && ch <= 'Z';
            lower |= ch >= 'a' && ch <= 'z';
        }
        return ((upper || lower) && digit) || (v.length() >= 20 && upper && lower);
    }

    private static boolean isWordChar(char ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_');
    }

    private static boolean isIdentifierChar(char ch) {
        return isWordChar(ch) || ch == '.' || ch == '-';
    }

    private static Map<String, Pattern> tokens(String... prefixesAndRest) {
        Map<String, Pattern> tokens = new LinkedHashMap<>();
        for (int i = 0; i < prefixesAndRest.length; i += 2) {
            Pattern rest = Pattern.compile(prefixesAndRest[i + 1]);
            for (String prefix : prefixesAndRest[i].split("\\|")) {
                tokens.put(prefix, rest);
            }
        }
        return Collections.unmodifiableMap(tokens);
    }

    private static String latin1(byte[] data, int length) {
        return new String(data, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Copies the bytes on the first mask only, so a file without secrets costs no copy. */
    private static final class Masker {
        private final byte[] data;
        private final int length;
        private byte[] out;

        Masker(byte[] data, int length) {
            this.data = data;
            this.length = length;
        }

        void mask(int start, int end) {
            if (out == null) {
                out = Arrays.copyOf(data, length);
            }
            Arrays.fill(out, start, end, MASK);
        }

        byte[] result() {
            return out == null ? data : out;
        }
    }
}
