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

/**
 * What counts as a secret, in one place, for every path that stores text (the walk by name, then
 * the pipeline over the bytes it read, before hashing, content storage, lexical indexing and fact
 * extraction).
 *
 * <p>Three levels: a secret <em>file name</em> (never read); a file whose content holds a private
 * key block (left out whole, like a key file); a secret <em>value</em> in an ordinary file (cloud
 * access keys, tokens, credentials in URLs, {@code password = "…"} assignments), masked with
 * {@code *} of the same length so line numbers, offsets and the rest of the file stay intact.
 *
 * <p>Matching runs over the bytes as ISO-8859-1 (one char per byte): every pattern is ASCII, and
 * invalid UTF-8 elsewhere in the file survives byte for byte. Patterns are only tried where a cheap
 * literal scan found their prefix or stem: a regex tried at every offset costs ~1 s per MB.
 */
public final class SecretRules {

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
    /**
     * {@link #TOKENS} by the first byte of their prefix, in the map's order, prefixes as bytes: this
     * lookup runs at every word start of every file read (one in three words starts with a, g, n, r,
     * s, x or e), and trying each of the 30 prefixes there was most of the redaction's time.
     */
    private static final TokenShape[][] TOKENS_BY_FIRST = byFirstByte(TOKENS);

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
    /** {@link #STEMS} as bytes, and the indexes of the stems starting with each lower-case byte. */
    private static final byte[][] STEM_BYTES = new byte[STEMS.size()][];
    private static final int[][] STEMS_BY_FIRST = new int[256][];
    /** Each ISO-8859-1 byte in lower case (they all stay in ISO-8859-1). */
    private static final int[] LOWER = new int[256];
    /** ASCII letters, digits and {@code _}: the characters of a word a token must start. */
    private static final boolean[] WORD = new boolean[128];
    private static final byte[] PRIVATE_KEY_STEM = "PRIVATE KEY".getBytes(StandardCharsets.ISO_8859_1);
    /** Per byte: whether a token's prefix ({@link #TOKEN_START}) or a stem ({@link #STEM_START}) starts with it. */
    private static final int[] STARTS = new int[256];
    private static final int TOKEN_START = 1;
    private static final int STEM_START = 2;

    static {
        for (int b = 0; b < 256; b++) {
            LOWER[b] = Character.toLowerCase((char) b);
        }
        for (char ch = 0; ch < 128; ch++) {
            WORD[ch] = Character.isLetterOrDigit(ch) || ch == '_';
        }
        for (int s = 0; s < STEMS.size(); s++) {
            STEM_BYTES[s] = STEMS.get(s).getBytes(StandardCharsets.ISO_8859_1);
            int first = STEM_BYTES[s][0];
            int[] before = STEMS_BY_FIRST[first];
            int[] now = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
            now[now.length - 1] = s;
            STEMS_BY_FIRST[first] = now;
        }
        for (int b = 0; b < 256; b++) {
            STARTS[b] = (b < 128 && TOKENS_BY_FIRST[b] != null ? TOKEN_START : 0)
                    | (STEMS_BY_FIRST[LOWER[b]] != null ? STEM_START : 0);
        }
    }

    /**
     * What follows a secret-naming identifier: {@code = "…"}, {@code ": "…"}, {@code := "…"},
     * {@code : String = "…"}, or an unquoted value to the end of the line ({@code db.password=…}).
     * Group {@code q} or {@code u} is the value.
     */
    private static final Pattern ASSIGNED_VALUE = Pattern.compile(
            "[\"']?[ \\t]*(?::[ \\t]*[A-Za-z<>?\\[\\]]{1,20}[ \\t]*)?(?::=|=>|[:=])[ \\t]*"
                    + "(?:([\"'`])(?<q>[^\"'`\\s]{8,200})\\1"
                    + "|(?<u>[A-Za-z0-9+/=_.~!@#%^&*-]{8,200})[ \\t]*(?:\\r?\\n|$))");

    private SecretRules() {
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
        return contains(data, length, PRIVATE_KEY_STEM) && PRIVATE_KEY.matcher(latin1(data, length)).find();
    }

    /**
     * The content with every secret value masked ({@link #MASK}, same length); {@code data} itself
     * when nothing was found.
     */
    public static byte[] redact(byte[] data, int length) {
        String text = latin1(data, length);
        Masker masker = new Masker(data, length);
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            Matcher m = URL_USER_PASSWORD.matcher(text).region(at + 3, text.length());
            if (m.lookingAt()) {
                masker.mask(m.start(1), m.end(1));
            }
        }
        maskTokensAndAssignments(data, length, text, masker);
        return masker.result();
    }

    /**
     * One pass over the bytes ({@code text} is the same content as chars, for the patterns) for both
     * kinds of value: token shapes, whose prefix is only compared where a word starts with one of their
     * first chars, and assignments to identifiers naming a secret, found by stem (compared in lower
     * case), then a value assigned right after them. Masks only add up and every value is read from the
     * unmasked text, so the order the two kinds are found in does not change the result; a pass each
     * read every byte twice.
     *
     * <p>Tokens: after one, the next is looked for from its end. Stems: one pass finds every stem's
     * occurrences (no stem can overlap itself, so these are the occurrences a search per stem finds);
     * per stem, an occurrence inside the identifier of the previous one is skipped.
     */
    private static void maskTokensAndAssignments(byte[] data, int n, String text, Masker masker) {
        int[] done = new int[STEMS.size()];
        Arrays.fill(done, -1);
        int tokensFrom = 0;
        for (int at = 0; at < n; at++) {
            int b = data[at] & 0xFF;
            int starts = STARTS[b];
            if (starts == 0) {
                continue;
            }
            if ((starts & TOKEN_START) != 0 && at >= tokensFrom && (at == 0 || !isWordByte(data[at - 1]))) {
                tokensFrom = maskToken(data, n, text, at, TOKENS_BY_FIRST[b], masker);
            }
            if ((starts & STEM_START) != 0) {
                for (int stem : STEMS_BY_FIRST[LOWER[b]]) {
                    byte[] bytes = STEM_BYTES[stem];
                    if (at >= done[stem] && startsWithLower(data, n, at, bytes)) {
                        done[stem] = maskAssigned(data, n, text, at, bytes.length, masker);
                    }
                }
            }
        }
    }

    /** Masks the token starting at {@code at}, if any of {@code shapes} is there; returns where the next one may start. */
    private static int maskToken(byte[] data, int n, String text, int at, TokenShape[] shapes, Masker masker) {
        for (TokenShape token : shapes) {
            if (startsWith(data, n, at, token.prefix())) {
                Matcher m = token.rest().matcher(text).region(at + token.prefix().length, n);
                if (m.lookingAt()) {
                    masker.mask(at, m.end());
                    return m.end();
                }
                break;
            }
        }
        return at;
    }

    /** The identifier around the stem at {@code at}: masks the value assigned to it; returns where it ends. */
    private static int maskAssigned(byte[] data, int n, String text, int at, int stemLength, Masker masker) {
        int start = at;
        while (start > 0 && at - start < MAX_IDENTIFIER && isIdentifierByte(data[start - 1])) {
            start--;
        }
        int end = at + stemLength;
        while (end < n && end - at < MAX_IDENTIFIER && isIdentifierByte(data[end])) {
            end++;
        }
        if (namesSecret(lower(data, start, end))) {
            Matcher m = ASSIGNED_VALUE.matcher(text).region(end, n);
            if (m.lookingAt()) {
                String group = m.group("q") != null ? "q" : "u";
                if (looksLikeSecretValue(m.group(group))) {
                    masker.mask(m.start(group), m.end(group));
                }
            }
        }
        return end;
    }

    /** From the second byte (the first chose the list), in a plain loop: most words differ right there. */
    private static boolean startsWith(byte[] data, int n, int at, byte[] prefix) {
        if (at + prefix.length > n) {
            return false;
        }
        for (int k = 1; k < prefix.length; k++) {
            if (data[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithLower(byte[] data, int n, int at, byte[] lowerStem) {
        if (at + lowerStem.length > n) {
            return false;
        }
        for (int k = 0; k < lowerStem.length; k++) {
            if (LOWER[data[at + k] & 0xFF] != lowerStem[k]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes {@code [start, end)} as ISO-8859-1 text in lower case, as {@code String.toLowerCase(ROOT)} gives. */
    private static String lower(byte[] data, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = (char) LOWER[data[i] & 0xFF];
        }
        return new String(chars);
    }

    private static boolean contains(byte[] data, int n, byte[] literal) {
        byte first = literal[0];
        for (int i = 0, last = n - literal.length; i <= last; i++) {
            if (data[i] == first && Arrays.equals(data, i, i + literal.length, literal, 0, literal.length)) {
                return true;
            }
        }
        return false;
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

    private static boolean isWordByte(byte b) {
        return b >= 0 && WORD[b];
    }

    private static boolean isIdentifierByte(byte b) {
        return b >= 0 && (WORD[b] || b == '.' || b == '-');
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

    /** A token's literal prefix (ASCII) and the pattern of the rest. */
    private record TokenShape(byte[] prefix, Pattern rest) {
    }

    private static TokenShape[][] byFirstByte(Map<String, Pattern> tokens) {
        TokenShape[][] byFirst = new TokenShape[128][];
        for (Map.Entry<String, Pattern> token : tokens.entrySet()) {
            byte[] prefix = token.getKey().getBytes(StandardCharsets.ISO_8859_1);
            TokenShape[] before = byFirst[prefix[0]];
            TokenShape[] now = before == null ? new TokenShape[1] : Arrays.copyOf(before, before.length + 1);
            now[now.length - 1] = new TokenShape(prefix, token.getValue());
            byFirst[prefix[0]] = now;
        }
        return byFirst;
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
