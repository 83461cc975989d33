package dev.memlayer.service.read;

import dev.memlayer.schema.SnapshotRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The symbols of a view that their documentation marks deprecated: a Javadoc or JSDoc {@code @deprecated}
 * tag, Go's {@code Deprecated:} paragraph, Sphinx's {@code .. deprecated::} directive; or their declaration does:
 * Java's and Kotlin's {@code @Deprecated} annotation, Rust's {@code #[deprecated]} attribute. Symbol docs are not
 * part of a loaded view (assembly shows signatures), so they are read once per view, by the first task that
 * asks, and kept with it.
 */
@ApplicationScoped
public class DeprecatedSymbols {

    /**
     * The view's symbols whose doc or declaration says "deprecated" anywhere (LIKE ignores ASCII case); {@link
     * #MARK} and {@link #DECLARED} decide.
     */
    static final String SELECT = "SELECT m.path, s.name, s.doc, s.signature"
            + " FROM manifest m JOIN extractions e ON e.content_hash = m.content_hash"
            + " JOIN symbols s ON s.extraction_id = e.id"
            + " WHERE " + SnapshotRows.visibleIn("m")
            + " AND (s.doc LIKE '%deprecated%' OR s.signature LIKE '%deprecated%')"
            + " AND " + SnapshotRows.newestExtraction("e")
            + " ORDER BY m.path, s.line_start, s.ordinal";
    /** The conventions' own markers, not a doc that merely says the word ("replaces the deprecated one"). */
    static final Pattern MARK = Pattern.compile(
            "(?m)@deprecated\\b|^[ \\t]*Deprecated:|^[ \\t]*\\.\\. deprecated::", Pattern.CASE_INSENSITIVE);
    /**
     * A declaration's own marker, as the signature keeps it: the annotation or attribute, exactly so; not {@code
     * @SuppressWarnings("deprecation")} or a comment that says the word.
     */
    static final Pattern DECLARED = Pattern.compile("(?<![\\w.])@Deprecated\\b|#\\[deprecated\\b");

    /** Per file of the view (by index), its deprecated symbols' names in line order; files without any are absent. */
    public record Marked(Map<Integer, List<String>> byFile) {

        public Marked {
            byFile = Map.copyOf(byFile);
        }
    }

    private final ReaderPool pool;

    public DeprecatedSymbols(ReaderPool pool) {
        this.pool = pool;
    }

    public Marked of(SnapshotView view) throws SQLException {
        return view.derived(Marked.class, v -> {
            try (Connection c = pool.connection()) {
                return load(c, v);
            }
        });
    }

    static Marked load(Connection c, SnapshotView view) throws SQLException {
        Map<Integer, List<String>> byFile = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, view.meta().id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int file = view.indexOf(rs.getString(1));
                    if (file >= 0 && marked(rs.getString(3), rs.getString(4))) {
                        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        byFile.replaceAll((file, names) -> List.copyOf(names));
        return new Marked(byFile);
    }

    static boolean marked(String doc, String signature) {
        return doc != null && MARK.matcher(doc).find() || signature != null && DECLARED.matcher(signature).find();
    }
}
