package dev.memlayer.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered list of migrations shipped in this build. Class-path resources cannot be listed
 * reliably inside a jar, so the file names are named here, once.
 */
public final class Migrations {

    static final String RESOURCE_DIR = "db/migration/";
    private static final List<String> FILES = List.of("V1__core.sql", "V2__facts_graph_history_lexical.sql",
            "V3__graph_version.sql", "V4__commit_messages.sql", "V5__manifest_by_snapshot_hash.sql",
            "V6__shared_snapshot_rows.sql", "V7__churn_authors.sql");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__.+\\.sql");

    private static final List<Migration> ALL = FILES.stream().map(Migrations::load).toList();

    private Migrations() {
    }

    /** Every migration of this build, in version order (1, 2, …). */
    public static List<Migration> all() {
        return ALL;
    }

    private static Migration load(String file) {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            throw new IllegalStateException("migration file name must look like V<n>__name.sql: " + file);
        }
        String sql = readResource(RESOURCE_DIR + file);
        return new Migration(Integer.parseInt(m.group(1)), file, sql, checksum(sql));
    }

    private static String readResource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the script with line endings normalized, so a checkout with CRLF stays valid. */
    static String checksum(String sql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
