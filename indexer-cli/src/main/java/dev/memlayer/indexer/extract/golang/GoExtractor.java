package dev.memlayer.indexer.extract.golang;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.extract.scan.ScanSyntax;
import dev.memlayer.indexer.extract.scan.ScannedSource;
import dev.memlayer.indexer.extract.scan.SourceScanner;
import dev.memlayer.indexer.extract.treesitter.CompiledQuery;
import dev.memlayer.indexer.extract.treesitter.DeclSpan;
import dev.memlayer.indexer.extract.treesitter.Grammar;
import dev.memlayer.indexer.extract.treesitter.Heads;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSQueryCapture;
import org.treesitter.TreeSitterGo;

/**
 * Go facts. Containers are the package name, plus the receiver type for methods
 * ({@code store.Store}) and the struct or interface for fields and interface methods. Doc is the
 * block of {@code //} lines right above a declaration (above the spec inside a grouped
 * {@code type (…)}/{@code const (…)}). Embedded struct fields and interface elements are
 * {@code embeds} relations. Declarations inside function bodies are not symbols.
 */
public final class GoExtractor implements Extractor {

    static final String QUERY = """
            (package_clause (package_identifier) @package)
            (import_spec path: (_) @import)
            (function_declaration name: (identifier) @name body: (block)? @body) @function
            (method_declaration receiver: (parameter_list) @receiver name: (field_identifier) @name
              body: (block)? @body) @method
            (source_file (type_declaration) @group)
            (source_file (const_declaration) @group)
            (source_file (var_declaration) @group)
            (type_spec name: (type_identifier) @name type: (struct_type (field_declaration_list) @body)) @struct
            (type_spec name: (type_identifier) @name type: (interface_type) @interfaceType) @interface
            (type_spec name: (type_identifier) @name type: [(type_identifier) (qualified_type) (pointer_type)
              (function_type) (map_type) (slice_type) (array_type) (channel_type) (generic_type)]) @type
            (type_alias name: (type_identifier) @name) @type
            (source_file (const_declaration (const_spec name: (identifier) @name) @constant))
            (source_file (var_declaration (var_spec name: (identifier) @name) @variable))
            (source_file (var_declaration (var_spec_list (var_spec name: (identifier) @name) @variable)))
            (field_declaration name: (field_identifier) @name) @field
            (field_declaration !name type: (_) @embedded)
            (method_elem name: (field_identifier) @name) @interfaceMethod
            (type_elem) @embedded
            """;

    /** Keywords, and predeclared types: {@code string(b)} is a conversion, not a call. */
    private static final Set<String> NOT_CALLS = Set.of("func", "if", "for", "switch", "return", "go", "defer",
            "select", "case", "range", "map", "chan", "interface", "struct", "type", "var", "const", "import",
            "package", "else", "bool", "byte", "rune", "string", "error", "any", "int", "int8", "int16", "int32",
            "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
            "complex128");
    /** Longest const/var spec kept whole in a signature. */
    private static final int MAX_INLINE_SPEC = 100;

    private final Grammar language = Grammar.of(TreeSitterGo::new);
    private final CompiledQuery query = new CompiledQuery(language, QUERY);
    private final int packageId = query.captureId("package");
    private final int importId = query.captureId("import");
    private final int nameId = query.captureId("name");
    private final int bodyId = query.captureId("body");
    private final int receiverId = query.captureId("receiver");
    private final int interfaceTypeId = query.captureId("interfaceType");
    private final int groupId = query.captureId("group");
    private final int embeddedId = query.captureId("embedded");

    @Override
    public String id() {
        return "go";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.GO;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        byte[] src = file.utf8();
        FactsBuilder facts = new FactsBuilder();
        ScannedSource scan = SourceScanner.scan(src, ScanSyntax.GO);
        ParsedSource parsed = ParsedSource.parse(language.get(), src);
        Set<Integer> declNames = new HashSet<>();
        Set<Integer> importStrings = new HashSet<>();
        if (parsed == null) {
            facts.parseErrors(1);
        } else {
            Collected c = new Collected();
            query.forEachMatch(parsed.root(), captures -> collect(captures, src, scan, facts, c, importStrings));
            List<DeclSpan> nested = DeclSpan.nest(c.decls, c.pkg);
            for (int[] e : c.embedded) {
                embed(nested, e, scan, src);
            }
            for (DeclSpan d : nested) {
                declNames.add(d.nameStart);
                if (!d.local) {
                    emit(d, c, src, scan, facts);
                }
            }
            facts.parseErrors(parsed.errorCount());
        }
        calls(scan, declNames, facts);
        for (int i = 0; i < scan.commentCount(); i++) {
            facts.comment(scan.commentText(i));
        }
        for (int i = 0; i < scan.stringCount(); i++) {
            if (!importStrings.contains(scan.stringContentStart(i) - 1)) {
                facts.string(scan.stringContent(i));
            }
        }
        return facts.build();
    }

    private static final class Collected {
        final List<DeclSpan> decls = new ArrayList<>();
        final List<int[]> groups = new ArrayList<>();
        final List<int[]> embedded = new ArrayList<>();
        String pkg;
    }

    private void collect(TSQueryCapture[] captures, byte[] src, ScannedSource scan, FactsBuilder facts,
            Collected c, Set<Integer> importStrings) {
        DeclSpan decl = null;
        for (TSQueryCapture capture : captures) {
            int id = capture.getIndex();
            TSNode node = capture.getNode();
            if (id == packageId) {
                c.pkg = scan.text(ParsedSource.startByte(node), ParsedSource.endByte(node));
            } else if (id == importId) {
                int start = ParsedSource.startByte(node);
                importStrings.add(start);
                String path = scan.text(start, ParsedSource.endByte(node));
                facts.importFact(path.substring(1, Math.max(1, path.length() - 1)), null, scan.line(start));
            } else if (id == groupId) {
                c.groups.add(new int[] {ParsedSource.startByte(node), ParsedSource.endByte(node)});
            } else if (id == embeddedId) {
                c.embedded.add(new int[] {ParsedSource.startByte(node), ParsedSource.endByte(node)});
            } else if (decl == null) {
                String kind = query.captureName(id);
                decl = new DeclSpan(kind, ParsedSource.startByte(node), ParsedSource.endByte(node),
                        kind.equals("struct") || kind.equals("interface"));
                c.decls.add(decl);
            } else if (id == nameId) {
                decl.nameStart = ParsedSource.startByte(node);
                decl.name = Heads.identifier(src, decl.nameStart);
            } else if (id == bodyId) {
                decl.bodyStart = ParsedSource.startByte(node);
            } else if (id == interfaceTypeId) {
                int start = ParsedSource.startByte(node);
                decl.bodyStart = start + scan.text(start, Math.min(ParsedSource.endByte(node), start + 64)).indexOf('{');
            } else if (id == receiverId) {
                decl.auxStart = ParsedSource.startByte(node);
                decl.auxEnd = ParsedSource.endByte(node);
            }
        }
    }

    /** An embedded field or interface element: {@code embeds} on the innermost struct/interface. */
    private static void embed(List<DeclSpan> nested, int[] span, ScannedSource scan, byte[] src) {
        DeclSpan owner = null;
        for (DeclSpan d : nested) {
            if (d.typeScope && d.start <= span[0] && span[1] <= d.end) {
                owner = d;
            }
        }
        String written = scan.text(span[0], span[1]).strip();
        if (owner == null || owner.local || written.indexOf('|') >= 0 || written.startsWith("~")) {
            return; // a constraint union (~int | ~string) is not an embedding
        }
        String target = Heads.typeName(written);
        if (!target.isEmpty()) {
            owner.addSuper("embeds", target, span[0]);
        }
    }

    private static void emit(DeclSpan d, Collected c, byte[] src, ScannedSource scan, FactsBuilder facts) {
        boolean isSpec = switch (d.kind) {
            case "struct", "interface", "type", "constant", "variable" -> true;
            default -> false;
        };
        int[] group = isSpec ? groupOf(d, c) : null;
        boolean grouped = group != null && isParenthesized(src, group[0]);
        int docAt = group != null && !grouped ? group[0] : d.start;
        int lineStart = scan.line(docAt);
        int lineEnd = scan.endLine(d.start, group != null && !grouped ? group[1] : d.end);
        String container = d.container;
        String kind = d.kind;
        String signature;
        switch (d.kind) {
            case "function" -> signature = Heads.signature(src, d.start, d.bodyStart >= 0 ? d.bodyStart : d.end);
            case "method" -> {
                signature = Heads.signature(src, d.start, d.bodyStart >= 0 ? d.bodyStart : d.end);
                container = c.pkg == null ? receiverType(scan.text(d.auxStart, d.auxEnd))
                        : c.pkg + "." + receiverType(scan.text(d.auxStart, d.auxEnd));
            }
            case "struct", "interface" -> signature = "type " + Heads.signature(src, d.start, d.bodyStart);
            case "type" -> signature = "type " + Heads.signature(src, d.start, d.end);
            case "constant", "variable" -> {
                String spec = Heads.signature(src, d.start, d.end);
                int eq = spec.indexOf(" = ");
                if (spec.length() > MAX_INLINE_SPEC && eq > 0) {
                    spec = spec.substring(0, eq);
                }
                signature = (d.kind.equals("constant") ? "const " : "var ") + spec;
            }
            case "interfaceMethod" -> {
                kind = "method";
                signature = Heads.signature(src, d.start, d.end);
            }
            default -> signature = Heads.signature(src, d.start, d.end);
        }
        boolean exported = d.name != null && !d.name.isEmpty() && Character.isUpperCase(d.name.codePointAt(0));
        facts.symbol(new SymbolFact(kind, d.name, container, signature, lineStart, lineEnd, exported,
                scan.lineCommentsAbove(docAt)));
        for (DeclSpan.Super s : d.supers) {
            facts.typeRelation(d.qualifiedName(), s.relation(), s.target(), scan.line(s.offset()));
        }
    }

    private static int[] groupOf(DeclSpan d, Collected c) {
        int[] best = null;
        for (int[] g : c.groups) {
            if (g[0] <= d.start && d.end <= g[1] && (best == null || g[0] >= best[0])) {
                best = g;
            }
        }
        return best;
    }

    /** {@code const (…)} / {@code type (…)}: a '(' follows the keyword. */
    private static boolean isParenthesized(byte[] src, int groupStart) {
        int i = Heads.identifierEnd(src, groupStart);
        while (i < src.length && (src[i] == ' ' || src[i] == '\t')) {
            i++;
        }
        return i < src.length && src[i] == '(';
    }

    /** {@code (s *Store[T])} → {@code Store}. */
    static String receiverType(String receiver) {
        String r = receiver.strip();
        if (r.startsWith("(")) {
            r = r.substring(1, r.endsWith(")") ? r.length() - 1 : r.length()).strip();
        }
        int space = r.lastIndexOf(' ');
        String type = space < 0 ? r : r.substring(space + 1);
        return Heads.typeName(type);
    }

    /** Call sites: {@code name(} that is not a keyword or a declaration's own name. */
    private static void calls(ScannedSource scan, Set<Integer> declNames, FactsBuilder facts) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (scan.isIdent(i) && scan.punct(i + 1) == '(' && !declNames.contains(scan.start(i))) {
                String name = scan.text(i);
                if (!NOT_CALLS.contains(name)) {
                    facts.call(name, scan.line(scan.start(i)));
                }
            }
        }
    }
}
