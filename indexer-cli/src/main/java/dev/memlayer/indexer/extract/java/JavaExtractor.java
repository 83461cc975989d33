package dev.memlayer.indexer.extract.java;

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
import org.treesitter.TreeSitterJava;

/**
 * Java facts. Declarations, imports and super types come from one tree-sitter query (its matches
 * carry a declaration with its name, body and super clauses, so no node walk); comments, strings
 * and call sites come from {@link SourceScanner}, with declaration names excluded from calls.
 * Local and anonymous classes and members inside method bodies or field values are not symbols.
 */
public final class JavaExtractor implements Extractor {

    static final String QUERY = """
            (package_declaration (_) @package)
            (import_declaration) @import
            (class_declaration name: (identifier) @name superclass: (superclass)? @super
              interfaces: (super_interfaces)? @interfaces body: (class_body) @body) @class
            (interface_declaration name: (identifier) @name (extends_interfaces)? @super
              body: (interface_body) @body) @interface
            (enum_declaration name: (identifier) @name interfaces: (super_interfaces)? @interfaces
              body: (enum_body) @body) @enum
            (record_declaration name: (identifier) @name interfaces: (super_interfaces)? @interfaces
              body: (class_body) @body) @record
            (annotation_type_declaration name: (identifier) @name body: (annotation_type_body) @body) @annotation
            (method_declaration name: (identifier) @name body: (block)? @body) @method
            (constructor_declaration name: (identifier) @name body: (constructor_body) @body) @constructor
            (compact_constructor_declaration name: (identifier) @name body: (block) @body) @constructor
            (annotation_type_element_declaration name: (identifier) @name) @element
            (field_declaration declarator: (variable_declarator name: (identifier) @name)) @field
            (constant_declaration declarator: (variable_declarator name: (identifier) @name)) @constant
            (enum_constant name: (identifier) @name) @enumConstant
            (static_initializer) @scope
            (class_body (block) @scope)
            """;

    /** Identifiers followed by '(' that are not calls. */
    private static final Set<String> NOT_CALLS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "return", "throw", "assert", "super", "this", "case", "yield", "else", "do", "new", "instanceof",
            "default", "when");
    /** Longest initializer kept in a field signature ({@code MAX = 10}). */
    private static final int MAX_INLINE_VALUE = 60;

    private final Grammar language = Grammar.of(TreeSitterJava::new);
    private final CompiledQuery query = new CompiledQuery(language, QUERY);
    private final int packageId = query.captureId("package");
    private final int importId = query.captureId("import");
    private final int nameId = query.captureId("name");
    private final int bodyId = query.captureId("body");
    private final int superId = query.captureId("super");
    private final int interfacesId = query.captureId("interfaces");

    @Override
    public String id() {
        return "java";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.JAVA;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        byte[] src = file.utf8();
        FactsBuilder facts = new FactsBuilder();
        ScannedSource scan = SourceScanner.scan(src, ScanSyntax.JAVA);
        ParsedSource parsed = ParsedSource.parse(language.get(), src);
        Set<Integer> declNames = new HashSet<>();
        if (parsed == null) {
            facts.parseErrors(1);
        } else {
            List<DeclSpan> decls = new ArrayList<>();
            String[] pkg = {null};
            query.forEachMatch(parsed.root(), captures -> collect(captures, src, scan, facts, decls, pkg));
            for (DeclSpan d : DeclSpan.nest(decls, pkg[0])) {
                if (d.nameStart >= 0) {
                    declNames.add(d.nameStart);
                }
                if (!d.local && d.name != null) {
                    emit(d, src, scan, facts);
                }
            }
            facts.parseErrors(parsed.errorCount());
        }
        calls(scan, declNames, facts);
        for (int i = 0; i < scan.commentCount(); i++) {
            facts.comment(scan.commentText(i));
        }
        for (int i = 0; i < scan.stringCount(); i++) {
            facts.string(scan.stringContent(i));
        }
        return facts.build();
    }

    private void collect(TSQueryCapture[] captures, byte[] src, ScannedSource scan, FactsBuilder facts,
            List<DeclSpan> decls, String[] pkg) {
        DeclSpan decl = null;
        for (TSQueryCapture c : captures) {
            int id = c.getIndex();
            TSNode node = c.getNode();
            if (id == packageId) {
                pkg[0] = scan.text(ParsedSource.startByte(node), ParsedSource.endByte(node)).replaceAll("\\s+", "");
            } else if (id == importId) {
                importFact(scan.text(ParsedSource.startByte(node), ParsedSource.endByte(node)), scan.line(ParsedSource.startByte(node)), facts);
            } else if (id == nameId) {
                int start = ParsedSource.startByte(node);
                decl.nameStart = start;
                decl.name = Heads.identifier(src, start);
            } else if (id == bodyId && decl != null) {
                decl.bodyStart = ParsedSource.startByte(node);
            } else if (id == superId || id == interfacesId) {
                int start = ParsedSource.startByte(node);
                String clause = scan.text(start, ParsedSource.endByte(node)).strip();
                String relation = id == interfacesId ? "implements" : "extends";
                String list = clause.substring(clause.indexOf(' ') + 1); // drop "extends"/"implements"
                for (String t : Heads.splitTopLevel(list)) {
                    decl.addSuper(relation, Heads.typeName(t), start);
                }
            } else if (id != bodyId) {
                String kind = query.captureName(id);
                boolean type = kind.equals("class") || kind.equals("interface") || kind.equals("enum")
                        || kind.equals("record") || kind.equals("annotation");
                decl = new DeclSpan(kind, ParsedSource.startByte(node), ParsedSource.endByte(node), type);
                decls.add(decl);
            } else {
                // a body capture of a scope marker (anonymous class): nothing to record
            }
        }
    }

    private static void importFact(String text, int line, FactsBuilder facts) {
        String s = text.strip();
        s = s.substring("import".length(), s.endsWith(";") ? s.length() - 1 : s.length()).strip();
        String kind = null;
        if (s.startsWith("static") && s.length() > 6 && Character.isWhitespace(s.charAt(6))) {
            kind = "static";
            s = s.substring(6);
        }
        StringBuilder raw = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                raw.append(s.charAt(i));
            }
        }
        if (kind == null && raw.toString().endsWith(".*")) {
            kind = "wildcard";
        }
        facts.importFact(raw.toString(), kind, line);
    }

    private static void emit(DeclSpan d, byte[] src, ScannedSource scan, FactsBuilder facts) {
        boolean inInterface = "interface".equals(d.parentKind) || "annotation".equals(d.parentKind);
        int headEnd = d.nameStart;
        boolean exported = Heads.hasWord(src, d.start, headEnd, "public")
                || Heads.hasWord(src, d.start, headEnd, "protected")
                || inInterface && !Heads.hasWord(src, d.start, headEnd, "private")
                || d.kind.equals("enumConstant");
        String kind = switch (d.kind) {
            case "element" -> "method";
            case "enumConstant", "constant" -> "constant";
            case "field" -> Heads.hasWord(src, d.start, headEnd, "static") && Heads.hasWord(src, d.start, headEnd,
                    "final") ? "constant" : "field";
            case "method" -> "method";
            default -> d.kind;
        };
        if (d.kind.equals("scope")) {
            return;
        }
        String signature = switch (d.kind) {
            case "field", "constant" -> fieldSignature(src, scan, d);
            case "enumConstant" -> {
                String s = Heads.signature(src, d.start, d.end);
                int brace = s.indexOf('{');
                yield brace < 0 ? s : s.substring(0, brace).strip();
            }
            default -> Heads.signature(src, d.start, d.bodyStart >= 0 ? d.bodyStart : d.end);
        };
        facts.symbol(new SymbolFact(kind, d.name, d.container, signature, scan.line(d.start),
                scan.endLine(d.start, d.end), exported, scan.javadocAbove(d.start)));
        for (DeclSpan.Super s : d.supers) {
            if (!s.target().isEmpty()) {
                facts.typeRelation(d.qualifiedName(), s.relation(), s.target(), scan.line(s.offset()));
            }
        }
    }

    /** {@code private static final int MAX = 10} for one declarator; long or multi-line values are cut. */
    private static String fieldSignature(byte[] src, ScannedSource scan, DeclSpan d) {
        int nameEnd = Heads.identifierEnd(src, d.nameStart);
        String head = Heads.signature(src, d.start, nameEnd);
        String rest = scan.text(nameEnd, d.end).strip();
        if (rest.startsWith("=") && rest.endsWith(";") && rest.length() <= MAX_INLINE_VALUE
                && rest.indexOf('\n') < 0 && rest.indexOf(',') < 0) {
            return head + " " + rest.substring(0, rest.length() - 1).strip();
        }
        return head;
    }

    /** Call sites: {@code name(}, {@code new Type(}, {@code new Type<…>(}; not declarations or annotations. */
    private static void calls(ScannedSource scan, Set<Integer> declNames, FactsBuilder facts) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (!scan.isIdent(i)) {
                continue;
            }
            char next = scan.punct(i + 1);
            if (next == '(') {
                if (scan.punct(i - 1) == '@' || declNames.contains(scan.start(i))) {
                    continue;
                }
                String name = scan.text(i);
                if (!NOT_CALLS.contains(name)) {
                    facts.call(name, scan.line(scan.start(i)));
                }
            } else if (next == '<' && isConstructorType(scan, i)) {
                int j = skipTypeArguments(scan, i + 1);
                if (scan.punct(j) == '(') {
                    facts.call(scan.text(i), scan.line(scan.start(i)));
                }
            }
        }
    }

    /** Whether identifier token {@code i} ends the type of a {@code new} expression ({@code new a.b.Foo}). */
    private static boolean isConstructorType(ScannedSource scan, int i) {
        int j = i - 1;
        while (scan.punct(j) == '.' && scan.isIdent(j - 1)) {
            j -= 2;
        }
        return scan.is(j, "new");
    }

    /** The token after the balanced {@code <…>} starting at {@code open}. */
    private static int skipTypeArguments(ScannedSource scan, int open) {
        int depth = 0;
        for (int j = open; j < scan.tokenCount(); j++) {
            char p = scan.punct(j);
            if (p == '<') {
                depth++;
            } else if (p == '>') {
                if (--depth == 0) {
                    return j + 1;
                }
            } else if (p == ';' || p == '{' || p == ')') {
                return j;
            }
        }
        return scan.tokenCount();
    }
}
