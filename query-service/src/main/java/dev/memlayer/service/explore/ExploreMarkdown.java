package dev.memlayer.service.explore;

import dev.memlayer.model.api.SymbolRef;
import dev.memlayer.model.api.explore.ChangedFile;
import dev.memlayer.model.api.explore.CommitEntry;
import dev.memlayer.model.api.explore.DependencyEntry;
import dev.memlayer.model.api.explore.FileApi;
import dev.memlayer.model.api.explore.MapEntry;
import dev.memlayer.model.api.explore.ModuleExports;
import dev.memlayer.model.api.explore.TestMapEntry;
import dev.memlayer.model.api.explore.TypeFamily;
import dev.memlayer.service.render.MarkdownRenderer;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The overview as Markdown, in the marker style of every memlayer document: the marker line
 * ({@code <!-- memlayer:explore v1 project=… snapshot=… commit=… query_type=… detail=… -->}), a
 * title, one section per layer with one list item per layer item, the end marker. Every piece
 * starts with a non-blank character and ends with a newline, so pieces are counted apart and
 * added (as in context assembly). It formats what it is given and never chooses.
 */
final class ExploreMarkdown {

    static final String KIND = "explore";

    private ExploreMarkdown() {
    }

    static String header(String project, long version, String commit, QueryType type, Detail detail) {
        return MarkdownRenderer.marker(KIND, project, version, commit, " query_type=" + type.wireName() + " detail="
                + detail.wireName()) + "# Overview: " + project + " (snapshot " + version + ")\n";
    }

    static String end() {
        return MarkdownRenderer.endMarker(KIND);
    }

    static String section(Layer layer) {
        return "## " + layer.title() + "\n";
    }

    /** The last line of a layer whose items were not all shown. */
    static String more(int hidden) {
        return "… " + hidden + " more\n";
    }

    static String mapEntry(MapEntry e) {
        return switch (e.role()) {
            case "entry_point" -> "- entry point " + code(e.path()) + " — " + e.why() + "\n";
            case "hub" -> "- hub " + code(e.path()) + " — imported by " + count(e.importers(), "file") + "\n";
            default -> "- directory " + code(e.path()) + " — " + count(e.files(), "file") + ", " + e.lines() + " lines ("
                    + String.join(", ", e.languages()) + ")\n";
        };
    }

    static String module(ModuleExports m) {
        return "- " + code(m.module()) + " (" + count(m.files(), "file") + ", imported by " + m.importers() + "): "
                + String.join(", ", m.exports()) + (m.hidden() > 0 ? " +" + m.hidden() + " more" : "") + "\n";
    }

    static String typeFamily(TypeFamily t) {
        StringBuilder out = new StringBuilder("- ").append(code(t.target()));
        if (t.targetPath() != null) {
            out.append(" (").append(code(t.targetPath())).append(')');
        }
        out.append(" ← ").append(t.total()).append(": ");
        out.append(t.edges().stream().map(e -> code(e.subject()) + " " + e.relation() + " (" + code(e.path()) + ":"
                + e.line() + ")").collect(Collectors.joining(", ")));
        return out.append(t.hidden() > 0 ? " +" + t.hidden() + " more" : "").append('\n').toString();
    }

    static String api(FileApi a) {
        StringBuilder out = new StringBuilder("- ").append(code(a.path())).append(" (imported by ")
                .append(a.importers()).append(")\n");
        for (SymbolRef s : a.symbols()) {
            String sig = s.signature() == null || s.signature().isBlank() ? s.kind() + " " + s.name() : s.signature();
            out.append("  - L").append(s.lineStart()).append(' ').append(code(MarkdownRenderer.signatureLine(sig)))
                    .append('\n');
        }
        if (a.hidden() > 0) {
            out.append("  - +").append(a.hidden()).append(" more\n");
        }
        return out.toString();
    }

    static String dependency(DependencyEntry d) {
        return "- " + d.ecosystem() + " " + code(d.name()) + (d.version() == null ? "" : " " + d.version()) + " ("
                + d.scope() + ") — " + code(d.manifest()) + "\n";
    }

    static String testMap(TestMapEntry t) {
        return "- " + code(t.source()) + " ← " + t.tests().stream().map(r -> code(r.path()) + " (" + r.kind() + ")")
                .collect(Collectors.joining(", ")) + "\n";
    }

    static String commit(CommitEntry c) {
        String files = c.files().stream().map(ExploreMarkdown::change).collect(Collectors.joining(", "));
        int hidden = c.fileCount() - c.files().size();
        return "- " + code(c.sha().substring(0, Math.min(10, c.sha().length()))) + " "
                + c.committedAt().atOffset(ZoneOffset.UTC).toLocalDate() + " " + (c.author() == null ? "" : c.author())
                + (c.subject().isEmpty() ? "" : " — " + c.subject())
                + ", " + count(c.fileCount(), "file") + ": " + files + (hidden > 0 ? " +" + hidden + " more" : "") + "\n";
    }

    private static String change(ChangedFile f) {
        return f.change() + " " + code(f.path()) + (f.oldPath() == null ? "" : " ← " + code(f.oldPath()));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String code(String s) {
        return "`" + s.replace('`', '\'') + "`";
    }
}
