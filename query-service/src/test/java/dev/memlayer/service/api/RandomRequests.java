package dev.memlayer.service.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random requests for the fuzz test, all from one seeded {@link Random} so a failure replays:
 * plausible context requests with hostile values, random JSON trees, and mutated bytes; random
 * /v1 paths with dot segments, encodings and unicode.
 */
final class RandomRequests {

    /** One request: method, path (already percent-safe for the client), content type or null, body or null. */
    record Request(String method, String path, String contentType, byte[] body, Integer budget) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " [" + contentType + "] " + (text.length() > 300 ? text.substring(0, 300) + "…"
                    : text);
        }
    }

    private static final String[] WORDS = {"invoice", "InvoiceService", "rounding", "vat", "PaymentGateway", "fix",
        "bug", "shipment", "the", "tax", "NullPointerException", "at", "com.acme.billing.TaxCalculator.vat",
        "README.md", "src/main/java", "*", "**", "\"", "\\", "'", "--", "OR", "NEAR", "(", ")", "^", "%", "$1",
        "发票", "💸", "\u202e", "\u200b", "\ufeff", "Ω", "é", "\t", "\n", "\r\n"};
    private static final String[] PROJECTS = {"billing", "BILLING", "billing/", " billing ", "nope", "../billing",
        "../../etc/passwd", "/etc", "/", ".", "", "billing\u0000", "\ud800", "d1b48bdafcb3a300", "%2e%2e"};
    private static final String[] PATHS = {"README.md", "src/main/java/com/acme/billing/InvoiceService.java",
        "/etc/passwd", "../../etc/passwd", "..", ".", "/", "", "src/../..", "C:\\Windows\\win.ini", "~/.ssh/id_rsa",
        "**/*.java", "*.md", "[", "\\", "a\u0000b", "file:///etc/passwd", "./README.md", "docs/", "ü/ß.txt"};
    private static final String[] ENDPOINTS = {"/v1/context", "/v1/projects", "/v1/health", "/v1/explore",
        "/v1/delta", "/v1/projects/billing/symbols", "/v1/projects/billing/files/README.md"};
    private static final String[] SEGMENTS = {"..", ".", "%2e%2e", "%2F", "%00", "billing", "symbols", "files",
        "%E2%80%AE", "%C3%BC", "context", "x".repeat(300), "%252e", ";", "~", "q"};
    private static final String[] FIELDS = {"project", "task", "budget_tokens", "intent", "format", "pinned", "exclude",
        "snapshot", "budget", "query_type", "detail", "from", "to", "q", "", "__proto__"};

    private final Random random;

    RandomRequests(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        int kind = random.nextInt(100);
        if (kind < 55) {
            return contextRequest();
        }
        if (kind < 70) {
            return new Request("POST", pick(ENDPOINTS), "application/json", json(randomTree(0)).getBytes(
                    StandardCharsets.UTF_8), null);
        }
        if (kind < 85) {
            Request base = contextRequest();
            return new Request(base.method(), base.path(), base.contentType(), mutate(base.body()), null);
        }
        return new Request(pick(new String[] {"GET", "GET", "POST", "PUT", "DELETE", "PATCH"}), randomPath(),
                random.nextBoolean() ? "application/json" : null, random.nextBoolean() ? "{}".getBytes() : null, null);
    }

    private Request contextRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean plausible = random.nextInt(100) < 60;
        body.put("project", plausible ? "billing" : pick(PROJECTS));
        body.put("task", plausible ? words(1 + random.nextInt(12)) : randomString(random.nextInt(200)));
        Integer budget = null;
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> body.put("budget_tokens", pick(new Object[] {-1, 0, 63, Integer.MAX_VALUE, Long.MAX_VALUE,
                1.5, "4000", "lots", true, null}));
            default -> {
                budget = 64 + random.nextInt(random.nextBoolean() ? 2_000 : 200_000 - 64);
                body.put("budget_tokens", budget);
            }
        }
        if (random.nextInt(4) == 0) {
            body.put("intent", pick(new Object[] {"auto", "bugfix", "feature", "refactor", "incident", "explore", "test",
                "BUGFIX", "party", "", 3}));
        }
        if (random.nextInt(4) == 0) {
            body.put("format", pick(new Object[] {"json", "markdown", "MARKDOWN", "yaml", "", null}));
        }
        if (random.nextInt(3) == 0) {
            body.put("pinned", randomList(PATHS));
        }
        if (random.nextInt(3) == 0) {
            body.put("exclude", randomList(PATHS));
        }
        if (random.nextInt(5) == 0) {
            body.put("snapshot", pick(new Object[] {1, 2, 0, -1, "1", "latest", "../1", "deadbeef", "abc1234", 1e3,
                "9".repeat(30)}));
        }
        if (random.nextInt(10) == 0) {
            body.put(pick(FIELDS), randomTree(2));
        }
        if (budget != null && !budget.equals(body.get("budget_tokens"))) {
            budget = null; // the random field above replaced it: no limit to expect
        }
        String type = random.nextInt(20) == 0 ? pick(new String[] {"text/plain", "application/xml",
            "application/json; charset=utf-8", "application/x-www-form-urlencoded"}) : "application/json";
        boolean markdown = "markdown".equalsIgnoreCase(String.valueOf(body.get("format")));
        return new Request("POST", "/v1/context", type, json(body).getBytes(StandardCharsets.UTF_8),
                budget != null && !markdown ? budget : null);
    }

    private List<Object> randomList(String[] from) {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            list.add(random.nextInt(10) == 0 ? randomString(20) : pick(from));
        }
        return list;
    }

    private Object randomTree(int depth) {
        int pick = random.nextInt(depth > 5 ? 5 : 8);
        return switch (pick) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(7) == 0 ? random.nextDouble() * 1e300 : random.nextLong();
            case 3, 4 -> randomString(random.nextInt(40));
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomTree(depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(random.nextBoolean() ? pick(FIELDS) : randomString(8), randomTree(depth + 1));
                }
                yield map;
            }
        };
    }

    /** Unicode of every kind: controls, lone surrogates, astral characters, RTL marks, plain words. */
    private String randomString(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            switch (random.nextInt(8)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append((char) (0xd800 + random.nextInt(0x800)));
                case 2 -> sb.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
                case 3 -> sb.append((char) random.nextInt(0xd800));
                default -> sb.append(pick(WORDS)).append(' ');
            }
        }
        return sb.toString();
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pick(WORDS)).append(' ');
        }
        return sb.toString();
    }

    private String randomPath() {
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "/v1" : "");
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            sb.append('/').append(pick(SEGMENTS));
        }
        if (random.nextInt(3) == 0) {
            sb.append("?q=").append(pick(new String[] {"Invoice", "%00", "%25", "..%2F", "x".repeat(500), ""}));
        }
        return sb.toString();
    }

    /** Truncates, flips bytes, or splices raw bytes (invalid UTF-8 included) into a body. */
    private byte[] mutate(byte[] body) {
        byte[] out = body.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                return java.util.Arrays.copyOf(out, random.nextInt(out.length + 1));
            }
            case 1 -> {
                for (int i = 1 + random.nextInt(4); i > 0 && out.length > 0; i--) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            default -> {
                int at = random.nextInt(out.length + 1);
                byte[] junk = new byte[1 + random.nextInt(6)];
                random.nextBytes(junk);
                byte[] spliced = new byte[out.length + junk.length];
                System.arraycopy(out, 0, spliced, 0, at);
                System.arraycopy(junk, 0, spliced, at, junk.length);
                System.arraycopy(out, at, spliced, at + junk.length, out.length - at);
                return spliced;
            }
        }
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }

    /** JSON text with every string escaped as \\uXXXX where needed, so lone surrogates survive as escapes. */
    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(json(String.valueOf(k)) + ":" + json(v)));
            return "{" + String.join(",", parts) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(RandomRequests::json).toList()) + "]";
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "1e400";
        }
        return String.valueOf(value);
    }
}
