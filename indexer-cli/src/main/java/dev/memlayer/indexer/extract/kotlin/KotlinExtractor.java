package dev.memlayer.indexer.extract.kotlin;

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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSQueryCapture;
import org.treesitter.TreeSitterKotlin;

/**
 * Kotlin facts, same split as Java: declarations, imports and supertypes from one tree-sitter
 * query; comments, strings (templates included) and call sites from {@link SourceScanner}. Top-level
 * functions are {@code function}s contained by the package, members are {@code method}s; extension
 * functions keep their receiver in the signature ({@code fun String.shout(): String}). Supertypes:
 * a constructor-invoked one ({@code Base(x)}) {@code extends}, others {@code implements} (an
 * interface's supertypes {@code extends}), {@code Foo by x} {@code delegates}.
 */
public final class KotlinExtractor implements Extractor {

    static final String QUERY = """
            (package_header (identifier) @package)
            (import_header) @import
            (class_declaration (type_identifier) @name) @class
            (object_declaration (type_identifier) @name) @object
            (companion_object) @companion
            (class_body) @body
            (enum_class_body) @body
            (function_declaration (simple_identifier) @name) @function
            (function_body) @body
            (source_file (property_declaration (variable_declaration) @var) @property)
            (class_body (property_declaration (variable_declaration) @var) @property)
            (enum_class_body (property_declaration (variable_declaration) @var) @property)
            (class_parameter (binding_pattern_kind) (simple_identifier) @name) @classProperty
            (secondary_constructor) @constructor
            (type_alias (type_identifier) @name) @typealias
            (enum_entry (simple_identifier) @name) @enumEntry
            (delegation_specifier) @super
            (anonymous_initializer) @scope
            """;

    private static final Set<String> NOT_CALLS = Set.of("if", "when", "for", "while", "catch", "return", "throw",
            "super", "this", "constructor", "init", "fun", "in", "is", "as", "else", "try", "finally", "do",
            "object", "class", "interface", "by", "where", "companion", "typealias", "val", "var", "get", "set");
    private static final Set<String> NOT_LAMBDA_RECEIVERS = Set.of("class", "object", "interface", "by", "fun",
            "val", "var", "typealias", "enum");
    private static final int MAX_INLINE_VALUE = 60;

    private final Grammar language = Grammar.of(TreeSitterKotlin::new);
    private final CompiledQuery query = new CompiledQuery(language, QUERY);
    private final int packageId = query.captureId("package");
    private final int importId = query.captureId("import");
    private final int nameId = query.captureId("name");
    private final int bodyId = query.captureId("body");
    private final int varId = query.captureId("var");
    private final int superId = query.captureId("super");

    @Override
    public String id() {
        return "kotlin";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.KOTLIN;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        byte[] src = file.utf8();
        FactsBuilder facts = new FactsBuilder();
        ScannedSource scan = SourceScanner.scan(src, ScanSyntax.KOTLIN);
        ParsedSource parsed = ParsedSource.parse(language.get(), src);
        Set<Integer> declNames = new HashSet<>();
        if (parsed == null) {
            facts.parseErrors(1);
        } else {
            Collected c = new Collected();
            query.forEachMatch(parsed.root(), captures -> collect(captures, src, scan, facts, c));
            attach(c, src, scan);
            for (DeclSpan d : DeclSpan.nest(c.decls, c.pkg)) {
                if (d.nameStart >= 0) {
                    declNames.add(d.nameStart);
                }
                if (!d.local && d.name != null && !d.kind.equals("scope")) {
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

    /** What the matches of one file yield before bodies and supertypes are attached by position. */
    private static final class Collected {
        final List<DeclSpan> decls = new ArrayList<>();
        final List<int[]> bodies = new ArrayList<>();
        final List<int[]> supers = new ArrayList<>();
        String pkg;
    }

    private void collect(TSQueryCapture[] captures, byte[] src, ScannedSource scan, FactsBuilder facts,
            Collected c) {
        DeclSpan decl = null;
        for (TSQueryCapture capture : captures) {
            int id = capture.getIndex();
            TSNode node = capture.getNode();
            if (id == packageId) {
                c.pkg = withoutWhitespace(scan.text(ParsedSource.startByte(node), ParsedSource.endByte(node)));
            } else if (id == importId) {
                importFact(scan.text(ParsedSource.startByte(node), ParsedSource.endByte(node)), scan.line(ParsedSource.startByte(node)), facts);
            } else if (id == bodyId) {
                c.bodies.add(new int[] {ParsedSource.startByte(node)});
            } else if (id == superId) {
                c.supers.add(new int[] {ParsedSource.startByte(node), ParsedSource.endByte(node)});
            } else if (id == nameId && decl != null) {
                decl.nameStart = ParsedSource.startByte(node);
                decl.name = Heads.identifier(src, decl.nameStart);
            } else if (id == varId && decl != null) {
                decl.nameStart = ParsedSource.startByte(node);
                decl.name = Heads.identifier(src, decl.nameStart);
                decl.auxEnd = ParsedSource.endByte(node);
            } else if (id != nameId && id != varId) {
                String kind = query.captureName(id);
                boolean type = kind.equals("class") || kind.equals("object") || kind.equals("companion");
                decl = new DeclSpan(kind, ParsedSource.startByte(node), ParsedSource.endByte(node), type);
                if (kind.equals("companion")) {
                    companionName(decl, src);
                } else if (kind.equals("constructor")) {
                    decl.name = "constructor"; // renamed after its class once containers are known
                }
                c.decls.add(decl);
            }
        }
    }

    /** {@code companion object Factory} is named Factory; an unnamed companion is {@code Companion}. */
    private static void companionName(DeclSpan decl, byte[] src) {
        String head = new String(src, decl.start, Math.min(decl.end, src.length) - decl.start,
                java.nio.charset.StandardCharsets.UTF_8);
        int obj = head.indexOf("object");
        int at = obj < 0 ? -1 : obj + 6;
        while (at >= 0 && at < head.length() && Character.isWhitespace(head.charAt(at))) {
            at++;
        }
        if (at > obj + 6 && at < head.length() && Character.isJavaIdentifierStart(head.charAt(at))) {
            int byteAt = decl.start + head.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            decl.nameStart = byteAt;
            decl.name = Heads.identifier(src, byteAt);
        } else {
            decl.name = "Companion";
        }
    }

    /** Gives each declaration its body start and each class its supertypes, by position. */
    private static void attach(Collected c, byte[] src, ScannedSource scan) {
        int[] bodyStarts = c.bodies.stream().mapToInt(b -> b[0]).sorted().toArray();
        for (DeclSpan d : c.decls) {
            int from = Math.max(d.start, d.nameStart);
            int k = Arrays.binarySearch(bodyStarts, from + 1);
            k = k >= 0 ? k : -k - 1;
            if (k < bodyStarts.length && bodyStarts[k] < d.end && !d.kind.equals("property")) {
                d.bodyStart = bodyStarts[k];
            }
        }
        for (int[] s : c.supers) {
            DeclSpan owner = null;
            for (DeclSpan d : c.decls) {
                if (d.typeScope && d.start <= s[0] && s[1] <= d.end && (d.bodyStart < 0 || s[0] < d.bodyStart)
                        && (owner == null || d.start >= owner.start)) {
                    owner = d;
                }
            }
            if (owner != null) {
                addSuper(owner, scan.text(s[0], s[1]).strip(), s[0], isInterface(owner, src));
            }
        }
    }

    private static boolean isInterface(DeclSpan d, byte[] src) {
        return d.kind.equals("class") && Heads.hasWord(src, d.start, Math.max(d.start, d.nameStart), "interface");
    }

    /** {@code Base(x)} extends, {@code Foo by x} delegates, others implement (an interface's extend). */
    private static void addSuper(DeclSpan owner, String spec, int offset, boolean ownerIsInterface) {
        String relation;
        String written;
        int by = byKeyword(spec);
        int paren = spec.indexOf('(');
        if (by >= 0) {
            relation = "delegates";
            written = spec.substring(0, by);
        } else if (paren > 0) {
            relation = "extends";
            written = spec.substring(0, paren);
        } else {
            relation = ownerIsInterface ? "extends" : "implements";
            written = spec;
        }
        String target = Heads.typeName(written);
        if (!target.isEmpty()) {
            owner.addSuper(relation, target, offset);
        }
    }

    private static void emit(DeclSpan d, byte[] src, ScannedSource scan, FactsBuilder facts) {
        int headEnd = d.nameStart >= 0 ? d.nameStart : d.start;
        boolean exported = !Heads.hasWord(src, d.start, headEnd, "private")
                && !Heads.hasWord(src, d.start, headEnd, "internal");
        boolean isInterface = isInterface(d, src);
        String kind = switch (d.kind) {
            case "class" -> isInterface ? "interface"
                    : Heads.hasWord(src, d.start, headEnd, "enum") ? "enum"
                    : Heads.hasWord(src, d.start, headEnd, "annotation") ? "annotation" : "class";
            case "companion" -> "object";
            case "function" -> d.parentKind == null ? "function" : "method";
            case "property" -> Heads.hasWord(src, d.start, headEnd, "const") ? "constant" : "property";
            case "classProperty" -> "property";
            case "typealias" -> "type";
            case "enumEntry" -> "constant";
            default -> d.kind;
        };
        String name = d.name;
        String signature;
        if (d.kind.equals("property")) {
            signature = Heads.signature(src, d.start, d.auxEnd) + inlineValue(scan, d);
        } else if (d.kind.equals("constructor")) {
            name = d.container == null ? "constructor" : d.container.substring(d.container.lastIndexOf('.') + 1);
            String s = Heads.signature(src, d.start, d.end);
            int brace = s.indexOf('{');
            signature = brace < 0 ? s : s.substring(0, brace).strip();
        } else {
            signature = Heads.signature(src, d.start, d.bodyStart >= 0 ? d.bodyStart : d.end);
        }
        if (d.kind.equals("enumEntry")) {
            int brace = signature.indexOf('{');
            signature = brace < 0 ? signature : signature.substring(0, brace).strip();
        }
        facts.symbol(new SymbolFact(kind, name, d.container, signature, scan.line(d.start),
                scan.endLine(d.start, d.end), exported, scan.javadocAbove(d.start)));
        for (DeclSpan.Super s : d.supers) {
            facts.typeRelation(d.qualifiedName(), s.relation(), s.target(), scan.line(s.offset()));
        }
    }

    /** Offset of a top-level {@code by} keyword in a delegation specifier, or -1. */
    private static int byKeyword(String spec) {
        int depth = 0;
        for (int i = 0; i + 2 <= spec.length(); i++) {
            char ch = spec.charAt(i);
            if (ch == '<' || ch == '(') {
                depth++;
            } else if (ch == '>' || ch == ')') {
                depth--;
            } else if (depth == 0 && ch == 'b' && spec.startsWith("by", i) && i > 0
                    && Character.isWhitespace(spec.charAt(i - 1))
                    && (i + 2 == spec.length() || Character.isWhitespace(spec.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static String inlineValue(ScannedSource scan, DeclSpan d) {
        String rest = scan.text(d.auxEnd, d.end).strip();
        if (rest.startsWith("=") && rest.length() <= MAX_INLINE_VALUE && rest.indexOf('\n') < 0) {
            return " " + rest;
        }
        return "";
    }

    private static void importFact(String text, int line, FactsBuilder facts) {
        String s = text.strip().substring("import".length());
        int cut = s.length();
        for (String stop : new String[] {"\n", ";", "//", "/*"}) {
            int at = s.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        s = s.substring(0, cut).strip();
        String kind = null;
        int as = s.indexOf(" as ");
        if (as >= 0) {
            kind = "alias";
            s = s.substring(0, as);
        }
        String raw = withoutWhitespace(s);
        if (raw.endsWith(".*")) {
            kind = "wildcard";
        }
        facts.importFact(raw, kind, line);
    }

    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Call sites: {@code name(}, {@code name<T>(}, trailing-lambda {@code name {}; not declarations or annotations. */
    private static void calls(ScannedSource scan, Set<Integer> declNames, FactsBuilder facts) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (!scan.isIdent(i) || declNames.contains(scan.start(i)) || isAnnotation(scan, i)) {
                continue;
            }
            char next = scan.punct(i + 1);
            boolean call;
            if (next == '(') {
                call = true;
            } else if (next == '<') {
                call = scan.punct(typeArgumentsEnd(scan, i + 1)) == '(';
            } else if (next == '{') {
                call = Character.isLowerCase(scan.text(i).charAt(0)) && scan.punct(i - 1) != ':'
                        && !(scan.isIdent(i - 1) && NOT_LAMBDA_RECEIVERS.contains(scan.text(i - 1)));
            } else {
                continue;
            }
            if (!call) {
                continue;
            }
            String name = scan.text(i);
            if (NOT_CALLS.contains(name) && !(scan.punct(i - 1) == '.' && (name.equals("get") || name.equals("set")))) {
                continue;
            }
            facts.call(name.startsWith("`") ? name.substring(1, name.length() - 1) : name, scan.line(scan.start(i)));
        }
    }

    /** {@code @Ann(}, {@code @file:JvmName(}, {@code @a.b.Ann(}. */
    private static boolean isAnnotation(ScannedSource scan, int i) {
        int j = i - 1;
        while (scan.punct(j) == '.' && scan.isIdent(j - 1)) {
            j -= 2;
        }
        if (scan.punct(j) == '@') {
            return true;
        }
        return scan.punct(j) == ':' && scan.isIdent(j - 1) && scan.punct(j - 2) == '@';
    }

    /** The token after a balanced, type-like {@code <…>} starting at {@code open}; {@code open} when not type-like. */
    private static int typeArgumentsEnd(ScannedSource scan, int open) {
        int depth = 0;
        for (int j = open; j < scan.tokenCount() && j < open + 64; j++) {
            char p = scan.punct(j);
            if (p == '<') {
                depth++;
            } else if (p == '>') {
                if (--depth == 0) {
                    return j + 1;
                }
            } else if (!(scan.isIdent(j) || p == '.' || p == ',' || p == '?' || p == '*' || p == ':')) {
                return open;
            }
        }
        return open;
    }
}
