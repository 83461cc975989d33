package dev.memlayer.indexer.extract.rust;

/** Rust module paths: from a file's path ({@code src/net/tcp.rs} → {@code net::tcp}), and joined with {@code ::}. */
final class RustPaths {

    private RustPaths() {
    }

    /** {@code src/net/tcp.rs} → {@code net::tcp}; {@code src/net/mod.rs} → {@code net}; lib/main → "". */
    static String modulePath(String path) {
        String p = path;
        int src = p.lastIndexOf("src/");
        if (src == 0 || (src > 0 && p.charAt(src - 1) == '/')) {
            p = p.substring(src + 4);
        } else {
            p = p.substring(p.lastIndexOf('/') + 1);
        }
        if (p.endsWith(".rs")) {
            p = p.substring(0, p.length() - 3);
        }
        if (p.equals("lib") || p.equals("main") || p.equals("mod")) {
            return "";
        }
        if (p.endsWith("/mod")) {
            p = p.substring(0, p.length() - 4);
        }
        return p.replace("/", "::");
    }

    static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "::" + b;
    }
}
